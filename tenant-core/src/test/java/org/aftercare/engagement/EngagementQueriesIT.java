package org.aftercare.engagement;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.groups.Enrollments;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.aftercare.testing.StatementCounter;
import org.aftercare.testing.StatementCounter.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engagement pages read the same number of statements for a clinic of two clients as for a
 * clinic of twenty, and a page about one client reads no other client's rows: an N+1 or a
 * whole-clinic read in a one-client path fails here long before a real clinic notices.
 *
 * <p>Every client of the clinic is flagged (they reported use today) and asked for support, and all
 * sit in one group, so each of them is on every list these paths could walk.
 */
class EngagementQueriesIT extends DeployedDomain {

  private static final int SMALL = 2;
  private static final int LARGE = 20;

  @Inject StatementCounter statements;
  @Inject Adherence adherence;
  @Inject Dashboards dashboards;
  @Inject CheckIns checkIns;
  @Inject SupportAlerts alerts;
  @Inject Enrollments enrollments;
  @Inject Mentoring mentoring;

  private final List<UUID> clients = new ArrayList<>();
  private Scenario clinic;
  private LocalDate today;

  @BeforeEach
  void clinicianWithAGroup() {
    clinic =
        clinicA()
            .withClinician("Dana Lead")
            .withMentor("Morgan M.")
            .withGroup(aGroup().named("Evening group").withCapacity(LARGE), "Dana Lead")
            .build();
    today = LocalDate.now(ZoneId.of("America/Chicago"));
    growTo(SMALL);
  }

  @Test
  void adherenceOfOneClientReadsNeitherMoreStatementsNorOtherClientsRowsInALargerClinic() {
    var small = measure(() -> adherence.of(clients.getFirst(), today, today));

    growTo(LARGE);
    var large = measure(() -> adherence.of(clients.getFirst(), today, today));

    assertThat(large.result()).isEqualTo(small.result());
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
    assertThat(large.rows()).as("%s%nthen%n%s", small, large).isEqualTo(small.rows());
  }

  @Test
  void clinicianDashboardTakesAsManyStatementsForTwentyFlaggedClientsAsForTwo() {
    var small = measure(() -> dashboards.forClinician(Instant.now()));

    growTo(LARGE);
    var large = measure(() -> dashboards.forClinician(Instant.now()));

    assertThat(large.result().flagged()).hasSize(LARGE);
    assertThat(large.result().openAlerts()).hasSize(LARGE);
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
  }

  /** Morgan mentors the first client only; the clinic's other clients are none of the page's. */
  @Test
  void mentorsDashboardReadsNoMoreForAClinicOfTwentyThanOfTwo() {
    clinic.call(() -> mentoring.assign(clients.getFirst(), clinic.staffId("Morgan M.")));
    UUID morgan = clinic.staffId("Morgan M.");
    var small = measure("Morgan M.", () -> dashboards.forMentor(morgan, Instant.now()));

    growTo(LARGE);
    var large = measure("Morgan M.", () -> dashboards.forMentor(morgan, Instant.now()));

    assertThat(large.result())
        .singleElement()
        .satisfies(mentee -> assertThat(mentee.flags()).isNotEmpty());
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
    assertThat(large.rows()).as("%s%nthen%n%s", small, large).isEqualTo(small.rows());
  }

  @Test
  void clinicsAdherenceTakesAsManyStatementsForTwentyClientsAsForTwo() {
    var small = measure(() -> adherence.ofClinic(today.minusDays(29), today));

    growTo(LARGE);
    var large = measure(() -> adherence.ofClinic(today.minusDays(29), today));

    assertThat(large.result()).hasSize(LARGE);
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
  }

  /**
   * Counted as the clinician (or {@code viewer}) sees the page, after one unmeasured look: what a
   * first call in a deployment loads once (settings, metadata) is not the page's cost.
   */
  private <T> Tally<T> measure(Supplier<T> page) {
    return measure("Dana Lead", page);
  }

  private <T> Tally<T> measure(String viewer, Supplier<T> page) {
    clinic.as(viewer, page);
    return clinic.as(viewer, () -> statements.count(page));
  }

  /** Adds clients until there are {@code size}, each enrolled, flagged and asking for support. */
  private void growTo(int size) {
    clinic.call(
        () -> {
          while (clients.size() < size) {
            var client = fixtures.client("Client " + (clients.size() + 1));
            enrollments.enrol(clinic.group().getId(), client.getId(), false);
            checkIns.record(client.getId(), new CheckInAnswers(2, 8, true, null, null));
            alerts.raise(client.getId());
            clients.add(client.getId());
          }
          return null;
        });
  }
}
