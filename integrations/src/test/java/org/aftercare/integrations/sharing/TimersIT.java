package org.aftercare.integrations.sharing;

import static org.aftercare.testing.SharingExamples.consentToTreatingProviders;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.aftercare.access.ApiScope;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.identity.Account;
import org.aftercare.integrations.fhirapi.Ehr;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container's own timers, not a test calling the upkeep: a summary queued in one clinic reaches
 * the care team's FHIR server, and an export asked for in another clinic completes, with nobody but
 * the timers doing the work. (They once ran inside a transaction the container started, every
 * clinic switch was refused, and no upkeep ran at all while every other test passed.)
 */
@ExtendWith(ArquillianExtension.class)
class TimersIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  /** The shared deployment with the timers on: a config source that outranks the tests' one. */
  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "timers-on.jar")
                .addAsResource(
                    new StringAsset("config_ordinal=200\naftercare.timers.enabled=true"),
                    "META-INF/microprofile-config.properties"));
  }

  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;
  @Inject ApiClients apiClients;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @Inject HttpServletRequest runnerRequest;

  @Test
  void theTimersDeliverOneClinicsSummaryAndRunAnotherClinicsExport() {
    // The peers are shared with the delivery tests, which leave them failing or dripping.
    PeerRemote.reset();
    var clinics = TwoClinics.register(clinicRecords, tenantContext);
    LocalDate yesterday = LocalDate.now(ZoneId.of("America/Chicago")).minusDays(1);
    int received = PeerRemote.state().getOrDefault("fhir.measure-reports", 0);
    clinics.asClinicA(
        () -> {
          Account clinician = fixtures.clinician("Cleo Clinician");
          var alex = fixtures.client("Alex P.");
          Account alexLogin = fixtures.portalAccountFor(alex);
          var ehr =
              careTeams.saveEndpoint(
                  null,
                  fhirConnection(
                      "Riverside EHR", SharingDeployment.peers().getProperty("fhir.base-url")));
          var doctor =
              careTeams.addRecipient(alex.getId(), recipient(ehr.getId(), "Dr. Lee", "MRN-1"));
          fixtures.as(
              alexLogin.getId(),
              () -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
          return fixtures.as(
              clinician.getId(),
              () -> outbox.sendNow(doctor.getId(), yesterday.minusDays(6), yesterday));
        });

    var ehr =
        new Ehr(
            "http://localhost:"
                + runnerRequest.getLocalPort()
                + runnerRequest.getContextPath()
                + "/fhir");
    clinics.asClinicB(
        () -> {
          var casey = fixtures.client("Casey R.");
          Account caseyLogin = fixtures.portalAccountFor(casey);
          ehr.clientId =
              apiClients
                  .save(
                      null,
                      new ApiClientDetails(
                          "Lakeside EHR",
                          "Lakeside Health",
                          null,
                          ehr.publicJwks(),
                          Set.of(ApiScope.PATIENT.value())))
                  .getId();
          careTeams.addRecipient(
              casey.getId(), RecipientDetails.pulling(ehr.clientId, "Lakeside", null, "MRN-9"));
          return fixtures.as(
              caseyLogin.getId(),
              () -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
        });
    String token = ehr.token(ApiScope.PATIENT.value());
    String status =
        ehr.kickOff("/Patient/$export", token)
            .headers()
            .firstValue("Content-Location")
            .orElseThrow();

    assertThat(
            eventually(() -> PeerRemote.state().getOrDefault("fhir.measure-reports", 0) > received))
        .as("clinic A's summary delivered by the 15-second timer")
        .isTrue();
    assertThat(eventually(() -> ehr.getUrl(status, token).statusCode() == 200))
        .as("clinic B's export run by the 10-second timer")
        .isTrue();
  }

  private static boolean eventually(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
