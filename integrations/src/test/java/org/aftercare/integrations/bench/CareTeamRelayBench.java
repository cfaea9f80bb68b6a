package org.aftercare.integrations.bench;

import static org.aftercare.testing.SharingExamples.consentToTreatingProviders;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.hl7Connection;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.identity.Account;
import org.aftercare.integrations.fhir.AdherenceBundles;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.sharing.Cadence;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.OutboxRelay;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryMessage;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures for the relay (run by {@code bench/care-team-relay}, not by the test run): queues one
 * summary per client for a FHIR and an HL7 v2 recipient, then times the relay delivering them to
 * the loopback peers; and times rendering summaries as FHIR resources. Prints one line.
 */
@ExtendWith(ArquillianExtension.class)
class CareTeamRelayBench {

  private static final int CLIENTS = 300;
  private static final int RENDERED = 10_000;

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;
  @Inject OutboxRelay relay;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;

  @Test
  void relayAndRenderingThroughput() {
    Properties peers = SharingDeployment.peers();
    var clinics = TwoClinics.register(clinicRecords, tenantContext);
    Account clinician = clinics.asClinicA(() -> fixtures.clinician("Bench Clinician"));
    CareTeamEndpoint ehr =
        clinics.asClinicA(
            () ->
                careTeams.saveEndpoint(
                    null, fhirConnection("EHR", peers.getProperty("fhir.base-url"))));
    CareTeamEndpoint engine =
        clinics.asClinicA(
            () ->
                careTeams.saveEndpoint(
                    null,
                    hl7Connection(
                        "Engine",
                        peers.getProperty("mllp.host"),
                        Integer.parseInt(peers.getProperty("mllp.port")))));
    LocalDate to = LocalDate.now(ZoneId.of("America/Chicago")).minusDays(1);
    var fhirRecipients = new ArrayList<UUID>();
    var hl7Recipients = new ArrayList<UUID>();
    for (int i = 0; i < CLIENTS; i++) {
      int n = i;
      clinics.asClinicA(
          () -> {
            var client = fixtures.client("Bench Client " + n);
            Account login = fixtures.portalAccountFor(client);
            fhirRecipients.add(careTeams.addRecipient(client.getId(), recipient(ehr, n)).getId());
            hl7Recipients.add(careTeams.addRecipient(client.getId(), recipient(engine, n)).getId());
            return fixtures.as(
                login.getId(),
                () ->
                    consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE_AND_CHECK_INS)));
          });
    }
    double fhirPerSecond = relayRate(clinics, clinician, fhirRecipients, to);
    double hl7PerSecond = relayRate(clinics, clinician, hl7Recipients, to);
    double resourcesPerSecond = renderRate();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf(
        "care-team relay: %d FHIR bundles at %.0f/s, %d HL7 v2 messages at %.0f/s (relay,"
            + " one instance, peers on loopback); rendering %d summaries at %.0f FHIR"
            + " resources/s; load average %.2f%n",
        CLIENTS, fhirPerSecond, CLIENTS, hl7PerSecond, RENDERED, resourcesPerSecond, load);
  }

  private double relayRate(
      TwoClinics clinics, Account clinician, List<UUID> recipients, LocalDate to) {
    for (UUID recipient : recipients) {
      clinics.asClinicA(
          () ->
              fixtures.as(clinician.getId(), () -> outbox.sendNow(recipient, to.minusDays(6), to)));
    }
    long started = System.nanoTime();
    int delivered = clinics.asClinicA(() -> relay.relay(Instant.now()));
    double seconds = (System.nanoTime() - started) / 1e9;
    if (delivered != recipients.size()) {
      throw new IllegalStateException("Delivered " + delivered + " of " + recipients.size());
    }
    return delivered / seconds;
  }

  /** Bundles of a MeasureReport, eight Observations and a Provenance: resources per second. */
  private static double renderRate() {
    var figures =
        new SummaryMessage.Figures(
            LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), 4, 3, 0, 1, 0.75, 3, 1, 6);
    long resources = 0;
    long started = System.nanoTime();
    for (int i = 0; i < RENDERED; i++) {
      var message =
          new SummaryMessage(
              UUID.randomUUID(),
              Instant.now(),
              UUID.randomUUID(),
              "Clinic",
              null,
              "MRN-" + i,
              "Dr. Lee",
              UUID.randomUUID(),
              SharedData.ATTENDANCE_AND_CHECK_INS,
              figures,
              List.of(),
              "42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
      // What the courier does per message: build the bundle and write it as JSON.
      String json = AdherenceBundles.json(message);
      resources += json.split("\"fullUrl\"", -1).length - 1;
    }
    return resources / ((System.nanoTime() - started) / 1e9);
  }

  private static RecipientDetails recipient(CareTeamEndpoint endpoint, int n) {
    return new RecipientDetails(
        endpoint.getId(),
        "Recipient " + n,
        null,
        "MRN-" + n,
        Cadence.ON_REQUEST,
        null,
        null,
        false);
  }
}
