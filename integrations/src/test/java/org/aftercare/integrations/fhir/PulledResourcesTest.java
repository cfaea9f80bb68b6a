package org.aftercare.integrations.fhir;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.NOTICE;
import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.integrations.fhir.PulledResources.Attended;
import org.aftercare.integrations.fhir.PulledResources.ConsentTerms;
import org.aftercare.integrations.fhir.PulledResources.SummaryId;
import org.aftercare.integrations.testing.OfflineR4Validator;
import org.aftercare.sharing.PulledClient;
import org.aftercare.sharing.SharedCareTeam;
import org.aftercare.sharing.SharedGroup;
import org.aftercare.sharing.SummaryMessage;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * What the FHIR API returns for EHRs that pull: valid base R4, labelled for 42 CFR Part 2 with the
 * notice in each resource, under ids that read back to the same client, period and figure.
 */
class PulledResourcesTest {

  private static final UUID CLIENT = UUID.randomUUID();
  private static final Instant START = Instant.parse("2026-11-17T00:00:00Z");

  @Test
  void theClientIsTheirRecordNumberAtTheRecipientAndNothingMore() {
    var patient =
        PulledResources.patient(
            new PulledClient(
                CLIENT, UUID.randomUUID(), "Dr. Lee", "https://ehr.example/mrn", "MRN-1", null),
            NOTICE);

    assertThat(patient.getIdPart()).isEqualTo(CLIENT.toString());
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("MRN-1");
    assertThat(patient.getName()).isEmpty();
    assertThat(patient.hasBirthDate()).isFalse();
    assertLabelledAndValid(patient);
  }

  @Test
  void aSummaryIsAMeasureReportWithItsFiguresUnderIdsThatReadBack() {
    SummaryMessage message = aSummary().build();
    List<DomainResource> resources = PulledResources.summary(CLIENT, message);

    var report = (MeasureReport) resources.getFirst();
    assertThat(SummaryId.parse(report.getIdPart()))
        .contains(
            new SummaryId(
                CLIENT, message.figures().from(), message.figures().to(), Optional.empty()));
    assertThat(report.getEvaluatedResource()).hasSize(resources.size() - 1);
    assertThat(report.getSubject().getReference()).isEqualTo("Patient/" + CLIENT);
    assertThat(resources.subList(1, resources.size()))
        .allSatisfy(
            resource -> {
              assertThat(resource).isInstanceOf(Observation.class);
              assertThat(resource.getIdPart()).hasSizeLessThanOrEqualTo(64);
              assertThat(SummaryId.parse(resource.getIdPart()).flatMap(SummaryId::place))
                  .isPresent();
            });
    resources.forEach(PulledResourcesTest::assertLabelledAndValid);
  }

  @Test
  void idsThatAreNotOursReadAsNothing() {
    assertThat(SummaryId.parse("not-ours")).isEmpty();
    assertThat(SummaryId.parse(CLIENT + ".2026-11-01.20261130")).isEmpty();
    assertThat(SummaryId.parse("x.20261101.20261130")).isEmpty();
  }

  @Test
  void eachSessionIsAnAppointmentAndEachAttendedOneAnEncounter() {
    for (AttendanceStatus status : AttendanceStatus.values()) {
      var record =
          new Attended(
              UUID.randomUUID(), CLIENT, status, START, START.plus(Duration.ofMinutes(90)));
      var appointment = PulledResources.appointment(record, NOTICE);
      assertThat(appointment.getStatus())
          .isEqualTo(
              switch (status) {
                case ABSENT -> AppointmentStatus.NOSHOW;
                case EXCUSED -> AppointmentStatus.CANCELLED;
                default -> AppointmentStatus.FULFILLED;
              });
      assertLabelledAndValid(appointment);
      var encounter = PulledResources.encounter(record, NOTICE);
      assertThat(encounter.isPresent()).isEqualTo(status.attended());
      encounter.ifPresent(PulledResourcesTest::assertLabelledAndValid);
    }
  }

  @Test
  void theConsentSaysWhoMayReadForWhatAndUntilWhen() {
    var consent =
        PulledResources.consent(
            new ConsentTerms(
                UUID.randomUUID(),
                CLIENT,
                "Lakeside primary care",
                START,
                LocalDate.of(2026, 11, 17),
                LocalDate.of(2027, 11, 16)),
            NOTICE);

    assertThat(consent.getProvision().getPeriod().getEndElement().getValueAsString())
        .isEqualTo("2027-11-16");
    assertThat(consent.getProvision().getActorFirstRep().getReference().getDisplay())
        .isEqualTo("Lakeside primary care");
    assertThat(consent.getProvision().getPurposeFirstRep().getCode()).isEqualTo("TREAT");
    assertLabelledAndValid(consent);
  }

  @Test
  void aGroupListsOnlyTheMembersSharedWithTheReader() {
    var member = new PulledClient(CLIENT, UUID.randomUUID(), "Dr. Lee", null, "MRN-1", null);
    var group =
        PulledResources.group(
            new SharedGroup(UUID.randomUUID(), "Tuesday skills", List.of(member)), NOTICE);

    assertThat(group.getMember())
        .singleElement()
        .satisfies(m -> assertThat(m.getEntity().getReference()).isEqualTo("Patient/" + CLIENT));
    assertThat(group.getQuantity()).isEqualTo(1);
    assertLabelledAndValid(group);
  }

  @Test
  void theCareTeamNamesTheMentorAndTheFacilitators() {
    var careTeam =
        PulledResources.careTeam(
            new SharedCareTeam(
                CLIENT,
                List.of(
                    new SharedCareTeam.Member("Max M.", SharedCareTeam.Role.PEER_MENTOR, START),
                    new SharedCareTeam.Member(
                        "Cleo C.", SharedCareTeam.Role.GROUP_FACILITATOR, null))),
            NOTICE);

    assertThat(careTeam.getParticipant())
        .extracting(p -> p.getMember().getDisplay(), p -> p.getRoleFirstRep().getText())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Max M.", "Peer mentor"),
            org.assertj.core.groups.Tuple.tuple("Cleo C.", "Group facilitator"));
    assertLabelledAndValid(careTeam);
  }

  private static void assertLabelledAndValid(DomainResource resource) {
    assertThat(resource.getMeta().getSecurity())
        .extracting(coding -> coding.getCode())
        .contains("R", "ETH", "42CFRPart2", "NORDSCLCD");
    assertThat(resource.getText().getDivAsString()).contains("42 CFR part 2");
    OfflineR4Validator.assertValid(resource);
  }
}
