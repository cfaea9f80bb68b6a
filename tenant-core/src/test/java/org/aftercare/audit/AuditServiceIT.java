package org.aftercare.audit;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;
import org.aftercare.engagement.Adherence;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding, paging and exporting a clinic's audit entries, and only that clinic's. */
class AuditServiceIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject AuditService audit;
  @Inject ClientService clients;
  @Inject RequestOrigin origin;
  @Inject Adherence adherence;

  private final UUID jordan = UUID.randomUUID();
  private final UUID riley = UUID.randomUUID();

  @BeforeEach
  void recordATrailForClinicA() {
    actingAs("dana@a.example");
    clinics.asClinicA(() -> record(AuditAction.CLIENT_CREATED, jordan));
    clinics.asClinicA(() -> record(AuditAction.CLIENT_VIEWED, jordan));
    actingAs("lee@a.example");
    clinics.asClinicA(() -> record(AuditAction.CLIENT_VIEWED, riley));
    actingAs("dana@a.example");
    clinics.asClinicA(() -> record(AuditAction.CLIENT_UPDATED, jordan));
  }

  @Test
  void clientChangesWriteChainedEntries() {
    var added = clinics.asClinicA(() -> clients.add(aClient().named("Casey L.").build()));
    clinics.asClinicA(() -> clients.open(added.getId()));

    var trail = clinics.asClinicA(() -> audit.eventsFor(added.getId()));

    assertThat(trail)
        .extracting(AuditEvent::getAction)
        .containsExactly(AuditAction.CLIENT_CREATED, AuditAction.CLIENT_VIEWED);
    assertThat(trail).extracting(AuditEvent::getSequence).containsExactly(5L, 6L);
    assertThat(trail.get(1).getPreviousHash()).isEqualTo(trail.get(0).getHash());
  }

  /**
   * Reads of clients' data are in the trail as well as changes, under the signed-in person: a
   * search of the directory, a client's engagement, a refused page.
   */
  @Test
  void readsAndRefusalsAreRecordedUnderThePersonDoingThem() {
    var pat = clinics.asClinicA(() -> fixtures.clinician("Pat Clinician"));
    var client = clinics.asClinicA(() -> fixtures.client("Casey L."));
    LocalDate today = LocalDate.now(CHICAGO);

    clinics.asClinicA(
        () ->
            fixtures.as(
                pat.getId(),
                () -> {
                  clients.search(ClientSearch.firstPage("Cas"));
                  adherence.of(client.getId(), today.minusDays(29), today);
                  audit.recordRefusedPage("sessions/not-theirs", AuditOutcome.DENIED);
                  return null;
                }));

    var byPat =
        clinics.asClinicA(
            () -> audit.search(new AuditFilter(pat.getEmail(), "", null, null, null), 0, 10));
    assertThat(byPat)
        .extracting(AuditEvent::getAction, AuditEvent::getObjectId, AuditEvent::getOutcome)
        .containsExactly(
            tuple(AuditAction.PAGE_REFUSED, "sessions/not-theirs", AuditOutcome.DENIED),
            tuple(AuditAction.ENGAGEMENT_VIEWED, client.getId().toString(), AuditOutcome.SUCCESS),
            tuple(AuditAction.CLIENTS_SEARCHED, null, AuditOutcome.SUCCESS));
  }

  @Test
  void filtersByPersonRecordActionAndDay() {
    LocalDate today = LocalDate.now(CHICAGO);

    assertThat(sequencesOf(new AuditFilter("DANA@", "", null, null, null)))
        .containsExactly(4L, 2L, 1L);
    assertThat(sequencesOf(new AuditFilter("", riley.toString(), null, null, null)))
        .containsExactly(3L);
    assertThat(sequencesOf(new AuditFilter("", "", AuditAction.CLIENT_VIEWED, null, null)))
        .containsExactly(3L, 2L);
    assertThat(
            sequencesOf(
                new AuditFilter("dana", jordan.toString(), AuditAction.CLIENT_VIEWED, null, null)))
        .containsExactly(2L);
    assertThat(sequencesOf(AuditFilter.forDays("", "", null, today, today, CHICAGO))).hasSize(4);
    assertThat(
            sequencesOf(
                AuditFilter.forDays("", "", null, today.minusDays(3), today.minusDays(1), CHICAGO)))
        .isEmpty();
    assertThat(sequencesOf(AuditFilter.forDays("", "", null, today.plusDays(1), null, CHICAGO)))
        .isEmpty();
  }

  @Test
  void wildcardsInThePersonFilterMatchThemselves() {
    assertThat(sequencesOf(new AuditFilter("%", "", null, null, null))).isEmpty();
    assertThat(sequencesOf(new AuditFilter("_", "", null, null, null))).isEmpty();
  }

  @Test
  void pagesNewestFirstAndCounts() {
    var first = clinics.asClinicA(() -> audit.search(AuditFilter.any(), 0, 3));
    var rest = clinics.asClinicA(() -> audit.search(AuditFilter.any(), 3, 3));

    assertThat(first).extracting(AuditEvent::getSequence).containsExactly(4L, 3L, 2L);
    assertThat(rest).extracting(AuditEvent::getSequence).containsExactly(1L);
    assertThat(clinics.asClinicA(() -> audit.count(AuditFilter.any()))).isEqualTo(4);
    assertThat(clinics.asClinicA(() -> audit.count(new AuditFilter("lee", "", null, null, null))))
        .isEqualTo(1);
  }

  @Test
  void exportWritesTheFilteredEntriesNewestFirst() {
    List<String> lines = exportOfClinicA(new AuditFilter("dana", "", null, null, null));

    assertThat(lines.getFirst()).startsWith("sequence,occurred_at,actor,");
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly("4", "2", "1");
    assertThat(lines.get(1))
        .contains(",dana@a.example,CLIENT_UPDATED,Client," + jordan + ",SUCCESS,");
  }

  @Test
  void exportPagesThroughMoreEntriesThanOnePage() {
    int more = AuditService.EXPORT_PAGE + 3;
    clinics.asClinicA(
        () -> {
          for (int i = 0; i < more; i++) {
            audit.record(AuditAction.CLIENT_VIEWED, "Client", riley, AuditOutcome.SUCCESS);
          }
          return null;
        });

    List<String> lines = exportOfClinicA(AuditFilter.any());

    assertThat(lines).hasSize(1 + 4 + more);
    assertThat(lines.getLast()).startsWith("1,");
  }

  @Test
  void clinicBSeesNoneOfClinicAsEntries() {
    assertThat(clinics.asClinicB(() -> audit.search(AuditFilter.any(), 0, 50))).isEmpty();
    assertThat(clinics.asClinicB(() -> audit.count(AuditFilter.any()))).isZero();
    assertThat(
            clinics.asClinicB(
                () ->
                    audit.search(new AuditFilter("", jordan.toString(), null, null, null), 0, 50)))
        .isEmpty();
    assertThat(clinics.asClinicB(() -> audit.eventsFor(jordan))).isEmpty();
    assertThat(exportOf(clinics.clinicB(), AuditFilter.any())).hasSize(1);
  }

  @Test
  void eachClinicsChainStartsAtOne() {
    clinics.asClinicB(() -> record(AuditAction.CLIENT_CREATED, riley));

    var first = clinics.asClinicB(() -> audit.search(AuditFilter.any(), 0, 1)).getFirst();

    assertThat(first.getSequence()).isEqualTo(1);
    assertThat(first.getPreviousHash()).isEqualTo(AuditChain.GENESIS_HASH);
  }

  private void actingAs(String actor) {
    origin.set(actor, "192.0.2.10", UUID.randomUUID().toString());
  }

  private Void record(AuditAction action, UUID objectId) {
    audit.record(action, "Client", objectId, AuditOutcome.SUCCESS);
    return null;
  }

  private List<Long> sequencesOf(AuditFilter filter) {
    return clinics.asClinicA(() -> audit.search(filter, 0, 50)).stream()
        .map(AuditEvent::getSequence)
        .toList();
  }

  private List<String> exportOfClinicA(AuditFilter filter) {
    return exportOf(clinics.clinicA(), filter);
  }

  private List<String> exportOf(UUID clinic, AuditFilter filter) {
    var csv = new StringWriter();
    tenantContext.callAs(
        clinic,
        () -> {
          try {
            audit.exportCsv(filter, CHICAGO, csv);
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return csv.toString().lines().toList();
  }
}
