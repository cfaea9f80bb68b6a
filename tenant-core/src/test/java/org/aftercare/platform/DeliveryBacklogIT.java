package org.aftercare.platform;

import static org.aftercare.testing.SharingExamples.consentTo;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.aftercare.testing.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * The backlog the metrics show counts every clinic's queue at once, though the application role
 * sees one clinic's rows at a time: a number per queue, never a clinic's rows.
 */
class DeliveryBacklogIT extends DeployedDomain {

  @Inject DeliveryBacklog backlog;
  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;

  @Test
  void aSummaryQueuedInEachOfTwoClinicsCountsTwiceInTheCareTeamQueue() {
    long before = careTeamQueue().queued();

    queueOneSummary(clinicA());
    queueOneSummary(clinicB());

    DeliveryBacklog.Queue after = careTeamQueue();
    assertThat(after.queued()).isEqualTo(before + 2);
    assertThat(after.oldestWait()).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(backlog.now())
        .extracting(DeliveryBacklog.Queue::name)
        .containsExactlyInAnyOrder("care_team", "webhook");
  }

  @Test
  void insideOneClinicTheCountsAreStillEveryClinicsAndNothingElse() {
    queueOneSummary(clinicB());
    long everyClinics = careTeamQueue().queued();

    long seenFromClinicA = clinics.asClinicA(this::careTeamQueue).queued();

    assertThat(seenFromClinicA).isEqualTo(everyClinics);
  }

  private DeliveryBacklog.Queue careTeamQueue() {
    return backlog.now().stream()
        .filter(queue -> queue.name().equals("care_team"))
        .findFirst()
        .orElseThrow();
  }

  private void queueOneSummary(ScenarioBuilder clinic) {
    Scenario scenario =
        clinic
            .withClinician("Cleo Clinician")
            .withClients("Alex P.")
            .withPortalAccounts("Alex P.")
            .build();
    var doctor =
        scenario.call(
            () ->
                careTeams.addRecipient(
                    scenario.client("Alex P.").getId(),
                    recipient(
                        careTeams
                            .saveEndpoint(
                                null, fhirConnection("Primary Care", "https://ehr.example/fhir"))
                            .getId(),
                        "Dr. Lee",
                        "MRN1")));
    scenario.as("Alex P.", () -> consents.sign(consentTo(doctor.getId(), SharedData.ATTENDANCE)));
    LocalDate yesterday = LocalDate.now(ZoneId.of("America/Chicago")).minusDays(1);
    scenario.as(
        "Cleo Clinician", () -> outbox.sendNow(doctor.getId(), yesterday.minusDays(6), yesterday));
  }
}
