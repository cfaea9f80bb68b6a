package org.aftercare.integrations.sharing;

import static org.aftercare.testing.SharingExamples.consentToTreatingProviders;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.hl7Connection;
import static org.aftercare.testing.SharingExamples.recipient;
import static org.aftercare.testing.SharingExamples.smartConnection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.identity.Account;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureSchedule;
import org.aftercare.measures.Measures;
import org.aftercare.platform.ClinicUpkeep;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consent;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.DeliveryStatus;
import org.aftercare.sharing.Disclosure;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.OutboxMessage;
import org.aftercare.sharing.OutboxRelay;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Summaries reach the care team's systems — a HAPI FHIR server and an MLLP listener on loopback —
 * only under consent, once each at the receiver whatever happens on the way, and every delivery is
 * a disclosure the client can see.
 */
@ExtendWith(ArquillianExtension.class)
class CareTeamDeliveryIT {

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;
  @Inject OutboxRelay relay;
  @Inject Disclosures disclosures;
  @Inject Measures measures;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicUpkeep upkeep;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @PersistenceContext EntityManager em;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  private TwoClinics clinics;
  private Account admin;
  private Account clinician;
  private Client alex;
  private Account alexLogin;
  private CareTeamRecipient doctor;
  private CareTeamRecipient psychiatry;

  /** Alex's care team: a primary care doctor on FHIR and a psychiatry practice on HL7 v2. */
  @BeforeEach
  void aClientWithACareTeamOnBothKindsOfSystem() {
    PeerRemote.reset();
    Properties peers = PeerRemote.addresses();
    clinics = TwoClinics.register(clinicRecords, tenantContext);
    clinics.asClinicA(
        () -> {
          admin = fixtures.admin("Ada Admin");
          clinician = fixtures.clinician("Cleo Clinician");
          alex = fixtures.client("Alex P.");
          alexLogin = fixtures.portalAccountFor(alex);
          return null;
        });
    CareTeamEndpoint ehr =
        asAdmin(
            () ->
                careTeams.saveEndpoint(
                    null, fhirConnection("Riverside EHR", peers.getProperty("fhir.base-url"))));
    CareTeamEndpoint engine =
        asAdmin(
            () ->
                careTeams.saveEndpoint(
                    null,
                    hl7Connection(
                        "Hillside interface engine",
                        peers.getProperty("mllp.host"),
                        Integer.parseInt(peers.getProperty("mllp.port")))));
    doctor =
        asClinician(
            () ->
                careTeams.addRecipient(
                    alex.getId(), recipient(ehr.getId(), "Dr. Lee", "MRN-1001")));
    psychiatry =
        asClinician(
            () ->
                careTeams.addRecipient(
                    alex.getId(), recipient(engine.getId(), "Hillside Psychiatry", "MRN-2002")));
  }

  @Test
  void consentedSummariesArriveAtBothSystemsAndStopWhenTheClientRevokes() {
    Consent consent =
        asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    Map<String, Integer> before = PeerRemote.state();
    Instant due = doctor.getNextSendAt().plus(Duration.ofMinutes(1));

    assertThat(clinics.asClinicA(() -> outbox.queueDue(due))).isEqualTo(2);
    assertThat(clinics.asClinicA(() -> relay.relay(due))).isEqualTo(2);

    Map<String, Integer> after = PeerRemote.state();
    assertThat(grew(before, after, "fhir.measure-reports")).isEqualTo(1);
    assertThat(grew(before, after, "mllp.accepted")).isEqualTo(1);
    assertThat(asAlex(() -> disclosures.of(alex.getId(), 0, 10)))
        .extracting(Disclosure::getRecipientName)
        .containsExactlyInAnyOrder("Dr. Lee", "Hillside Psychiatry");

    OutboxMessage waiting =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));
    asAlex(() -> consents.revoke(consent.getId()));

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isZero();
    assertThat(statusOf(waiting)).isEqualTo(DeliveryStatus.CANCELLED);
    assertThat(PeerRemote.state()).isEqualTo(after);
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isEqualTo(2);
  }

  /**
   * Under a consent that includes standard measures, a PHQ-9 Alex completed reaches the FHIR server
   * as a QuestionnaireResponse and the interface engine as a LOINC-coded OBX.
   */
  @Test
  void standardMeasuresReachBothSystemsUnderAConsentThatIncludesThem() {
    asAlex(
        () ->
            consents.sign(
                consentToTreatingProviders(SharedData.ATTENDANCE_CHECK_INS_AND_MEASURES)));
    var phq9 =
        asClinician(() -> measures.assign(alex.getId(), Instrument.PHQ_9, MeasureSchedule.once()));
    asAlex(() -> measures.complete(phq9.getId(), today(), List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));
    Map<String, Integer> before = PeerRemote.state();

    asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), today()));
    asClinician(() -> outbox.sendNow(psychiatry.getId(), lastWeek(), today()));
    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(2);

    Map<String, Integer> after = PeerRemote.state();
    assertThat(grew(before, after, "fhir.questionnaire-responses")).isEqualTo(1);
    assertThat(grew(before, after, "mllp.loinc-results")).isEqualTo(1);
  }

  @Test
  void aBacklogDrainsWhenTheReceiverIsBackAndNothingArrivesTwice() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    Map<String, Integer> before = PeerRemote.state();
    PeerRemote.fhirAnswers(3, 503);
    OutboxMessage message =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));

    Instant now = Instant.now();
    for (int hour = 0; hour <= 4; hour++) {
      Instant then = now.plus(Duration.ofHours(hour));
      clinics.asClinicA(() -> relay.relay(then));
    }

    OutboxMessage delivered = reload(message);
    assertThat(delivered.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivered.getAttempts()).isEqualTo(4);
    assertThat(grew(before, PeerRemote.state(), "fhir.measure-reports")).isEqualTo(1);

    // The instance that delivered it died before marking it: another sends it again.
    rowsOfClinicA()
        .update(
            "update outbox_message set status = 'QUEUED', finished_at = null, next_attempt_at = now()"
                + " where id = ?::uuid",
            message.getId().toString());
    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(1);

    Map<String, Integer> after = PeerRemote.state();
    assertThat(grew(before, after, "fhir.bundles")).isEqualTo(2);
    assertThat(grew(before, after, "fhir.measure-reports")).isEqualTo(1);
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isEqualTo(1);
  }

  @Test
  void aRefusedMessageIsDeadAtOnceAndGoesWhenSentAgain() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    PeerRemote.fhirAnswers(1, 400);
    PeerRemote.mllpAcknowledges(1, "AR");
    OutboxMessage toEhr =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));
    OutboxMessage toEngine =
        asClinician(() -> outbox.sendNow(psychiatry.getId(), lastWeek(), yesterday()));

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isZero();
    assertThat(reload(toEhr).getStatus()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(reload(toEhr).getLastError()).contains("400");
    assertThat(reload(toEngine).getStatus()).isEqualTo(DeliveryStatus.DEAD);

    asAdmin(() -> outbox.redrive(toEhr.getId()));
    asAdmin(() -> outbox.redrive(toEngine.getId()));

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(2);
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isEqualTo(2);
  }

  @Test
  void aSummaryNoAttemptCouldSendIsDeadAtOnceAndTheOthersGo() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    OutboxMessage unreadable =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));
    OutboxMessage readable =
        asClinician(() -> outbox.sendNow(psychiatry.getId(), lastWeek(), yesterday()));
    // What the packaged portal's JSON-B, which knows no records, queued before.
    rowsOfClinicA()
        .update(
            "update outbox_message set payload = '{}' where id = ?::uuid",
            unreadable.getId().toString());

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(1);
    assertThat(reload(unreadable).getStatus()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(reload(unreadable).getLastError()).contains("could not be read");
    assertThat(reload(readable).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void aMessageThatReachedTheCareTeamIsNotSentAgain() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    OutboxMessage message =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));
    clinics.asClinicA(() -> relay.relay(Instant.now()));
    // As when a cancellation lands while the delivery is under way.
    rowsOfClinicA()
        .update(
            "update outbox_message set status = 'CANCELLED' where id = ?::uuid",
            message.getId().toString());

    assertThatThrownBy(() -> asAdmin(() -> outbox.redrive(message.getId())))
        .hasMessageContaining("reached the care team");
  }

  @Test
  void anErrorAcknowledgementIsRetried() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    PeerRemote.mllpAcknowledges(1, "AE");
    OutboxMessage message =
        asClinician(() -> outbox.sendNow(psychiatry.getId(), lastWeek(), yesterday()));

    clinics.asClinicA(() -> relay.relay(Instant.now()));
    assertThat(reload(message).getStatus()).isEqualTo(DeliveryStatus.QUEUED);
    assertThat(reload(message).getLastError()).contains("AE");

    clinics.asClinicA(() -> relay.relay(Instant.now().plus(Duration.ofHours(1))));
    assertThat(reload(message).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void theUpkeepSharesEachClinicsSummariesUnderItsOwnConsents() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    Properties peers = PeerRemote.addresses();
    Client sam = clinics.asClinicB(() -> fixtures.client("Sam B."));
    Account samLogin = clinics.asClinicB(() -> fixtures.portalAccountFor(sam));
    CareTeamRecipient samsDoctor =
        clinics.asClinicB(
            () -> {
              CareTeamEndpoint ehr =
                  careTeams.saveEndpoint(
                      null, fhirConnection("B's EHR", peers.getProperty("fhir.base-url")));
              return careTeams.addRecipient(sam.getId(), recipient(ehr.getId(), "Dr. Bay", "B-1"));
            });
    clinics.asClinicB(
        () ->
            fixtures.as(
                samLogin.getId(),
                () -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE))));
    Instant due =
        Stream.of(doctor, psychiatry, samsDoctor)
            .map(CareTeamRecipient::getNextSendAt)
            .max(Instant::compareTo)
            .orElseThrow()
            .plus(Duration.ofMinutes(1));

    assertThat(upkeep.shareWithCareTeams(due)).isGreaterThanOrEqualTo(3);

    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isEqualTo(2);
    assertThat(
            clinics.asClinicB(
                () -> fixtures.as(samLogin.getId(), () -> disclosures.of(sam.getId(), 0, 10))))
        .extracting(Disclosure::getRecipientName)
        .containsExactly("Dr. Bay");
  }

  @Test
  void anotherClinicsRelayLeavesThisClinicsMessagesAlone() {
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    OutboxMessage message =
        asClinician(() -> outbox.sendNow(doctor.getId(), lastWeek(), yesterday()));

    assertThat(clinics.asClinicB(() -> relay.relay(Instant.now()))).isZero();
    assertThat(reload(message).getStatus()).isEqualTo(DeliveryStatus.QUEUED);
    assertThat(reload(message).getAttempts()).isZero();
    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(1);
  }

  @Test
  void aServerThatWantsSmartTokensGetsTheClinicsSignedRequestAndTheBundle() {
    Properties peers = PeerRemote.addresses();
    CareTeamEndpoint smart =
        asAdmin(
            () ->
                careTeams.saveEndpoint(
                    null,
                    smartConnection(
                        "Lakeside EHR",
                        peers.getProperty("fhir.base-url"),
                        peers.getProperty("fhir.token-url"),
                        "aftercare-clinic-a")));
    assertThat(smart.getPublicJwks()).contains("\"kty\":\"EC\"").doesNotContain("\"d\"");
    PeerRemote.registerSmartClient("aftercare-clinic-a", smart.getPublicJwks());
    CareTeamRecipient lakeside =
        asClinician(
            () -> careTeams.addRecipient(alex.getId(), recipient(smart.getId(), "Dr. Sun", "L-7")));
    asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    Map<String, Integer> before = PeerRemote.state();
    OutboxMessage message =
        asClinician(() -> outbox.sendNow(lakeside.getId(), lastWeek(), yesterday()));

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isEqualTo(1);

    assertThat(reload(message).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    Map<String, Integer> after = PeerRemote.state();
    assertThat(grew(before, after, "fhir.token-requests")).isEqualTo(1);
    assertThat(grew(before, after, "fhir.measure-reports")).isEqualTo(1);
    var rows = rowsOfClinicA();
    assertThat(
            rows.count(
                "select count(*) from care_team_endpoint where id = ?::uuid and secret like 'v1:%'"
                    + " and secret not like '%\"d\"%'",
                smart.getId().toString()))
        .isEqualTo(1);
  }

  @Test
  void testingAConnectionSendsNoOnesInformation() {
    Map<String, Integer> before = PeerRemote.state();
    var outcomes =
        asAdmin(
            () ->
                careTeams.endpoints().stream()
                    .map(endpoint -> careTeams.testConnection(endpoint.getId()))
                    .toList());
    assertThat(outcomes)
        .allSatisfy(
            outcome ->
                assertThat(outcome.result())
                    .isEqualTo(org.aftercare.outbound.DeliveryOutcome.Result.DELIVERED));
    Map<String, Integer> after = PeerRemote.state();
    assertThat(grew(before, after, "fhir.bundles")).isZero();
    assertThat(grew(before, after, "mllp.received")).isZero();
  }

  private static int grew(Map<String, Integer> before, Map<String, Integer> after, String key) {
    return after.get(key) - before.get(key);
  }

  private DeliveryStatus statusOf(OutboxMessage message) {
    return reload(message).getStatus();
  }

  private OutboxMessage reload(OutboxMessage message) {
    return clinics.asClinicA(
        () -> {
          em.clear();
          return em.find(OutboxMessage.class, message.getId());
        });
  }

  private ClinicRows rowsOfClinicA() {
    return new ClinicRows(dataSource, clinics.clinicA());
  }

  private <T> T asAdmin(Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(admin.getId(), work));
  }

  private <T> T asClinician(Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(clinician.getId(), work));
  }

  private <T> T asAlex(Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(alexLogin.getId(), work));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Chicago"));
  }

  private static LocalDate yesterday() {
    return today().minusDays(1);
  }

  private static LocalDate lastWeek() {
    return yesterday().minusDays(6);
  }
}
