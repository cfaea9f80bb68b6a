package org.aftercare.sharing;

import static org.aftercare.measures.MeasureSchedule.once;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.aftercare.testing.SharingExamples.consentTo;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.hl7Connection;
import static org.aftercare.testing.SharingExamples.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.identity.Account;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Measures;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consent as the gate for sharing: the client signs their own, for their own care team, in the
 * words they read; nothing is queued without one; a revocation cancels what waits; the consent's
 * scope limits what a summary carries. Delivery itself is tested with real peers in the
 * integrations module.
 */
class SharingIT extends DeployedDomain {

  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;
  @Inject Disclosures disclosures;
  @Inject CheckIns checkIns;
  @Inject Measures measures;
  @Inject RelayClaims claims;
  @PersistenceContext EntityManager em;

  private Account clinician;
  private Client alex;
  private Account alexLogin;
  private Client blake;
  private Account blakeLogin;
  private CareTeamRecipient alexsDoctor;
  private CareTeamRecipient blakesDoctor;

  @BeforeEach
  void clientsWithACareTeamEach() {
    Scenario a =
        clinicA()
            .withClinician("Cleo Clinician")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .build();
    clinician = a.staff("Cleo Clinician");
    alex = a.client("Alex P.");
    alexLogin = a.portalAccount("Alex P.");
    blake = a.client("Blake R.");
    blakeLogin = a.portalAccount("Blake R.");
    a.call(
        () -> {
          var practice =
              careTeams.saveEndpoint(
                  null, fhirConnection("Riverside Primary Care", "https://ehr.example/fhir"));
          alexsDoctor =
              careTeams.addRecipient(
                  alex.getId(), recipient(practice.getId(), "Dr. Lee", "MRNDrLee"));
          blakesDoctor =
              careTeams.addRecipient(
                  blake.getId(), recipient(practice.getId(), "Dr. Wu", "MRNDrWu"));
          return null;
        });
  }

  @Test
  void aClientSignsTheirOwnConsentInTheWordsTheyRead() {
    Consent consent =
        asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));

    assertThat(consent.getGivenHow()).isEqualTo(Consent.Method.PORTAL);
    assertThat(consent.getClientId()).isEqualTo(alex.getId());
    assertThat(consent.getSignedText())
        .contains(alex.getLegalName())
        .contains("Dr. Lee")
        .contains("attendance at groups")
        .contains("42 CFR part 2")
        .contains("revoke")
        .contains("when I revoke it");
    assertThat(asAlex(() -> consents.of(alex.getId())))
        .extracting(Consent::getId)
        .containsExactly(consent.getId());
  }

  @Test
  void aConsentNamesOnlyTheClientsOwnCareTeam() {
    assertRefusedNaming(
        "recipient",
        () -> asAlex(() -> consents.sign(consentTo(blakesDoctor.getId(), SharedData.ATTENDANCE))));
    assertRefusedNaming(
        "recipient",
        () ->
            asAlex(
                () ->
                    consents.textFor(
                        alex.getId(), consentTo(blakesDoctor.getId(), SharedData.ATTENDANCE))));
  }

  @Test
  void aConsentForASpecificPurposeCoversOnlyTheRecipientItNames() {
    Consent court = asAlex(() -> consents.sign(consentToCourt()));

    assertRefusedNaming(
        "recipient",
        () -> asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday())));
    Disclosure letter =
        asClinician(() -> disclosures.recordLetter(court.getId(), lastWeek(), yesterday()));

    assertThat(letter.getChannel()).isEqualTo(Disclosure.Channel.LETTER);
    assertThat(asAlex(() -> disclosures.of(alex.getId(), 0, 10)))
        .extracting(Disclosure::getRecipientName)
        .containsExactly("Cook County Drug Court");
  }

  @Test
  void anAttendanceLetterNeedsAConsentInForce() {
    Consent court = asAlex(() -> consents.sign(consentToCourt()));
    asAlex(() -> consents.revoke(court.getId()));

    assertRefusedNaming(
        "consent",
        () -> asClinician(() -> disclosures.recordLetter(court.getId(), lastWeek(), yesterday())));
    assertThat(asClinician(() -> disclosures.count(alex.getId()))).isZero();
  }

  private static ConsentRequest consentToCourt() {
    return new ConsentRequest(
        null,
        "Cook County Drug Court",
        ConsentPurpose.SPECIFIC,
        "court-ordered report of attendance",
        SharedData.ATTENDANCE,
        null,
        null,
        "Alex Person");
  }

  @Test
  void nothingIsQueuedWithoutAConsentInForce() {
    assertRefusedNaming(
        "recipient",
        () -> asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday())));
  }

  /**
   * Each claim leases as many messages as it was asked for, again and again (the driver plans the
   * statement generically from its fifth run): a relay delivers a batch at once, and a claim that
   * took the whole backlog sent it unbounded and outlived its lease.
   */
  @Test
  void aClaimLeasesNoMoreMessagesThanItAskedFor() {
    asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));
    for (int i = 0; i < 14; i++) {
      asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday()));
    }

    for (int round = 1; round <= 7; round++) {
      List<Claim> claimed = clinics.asClinicA(() -> claims.claim(Instant.now(), 2));
      Number leased =
          clinics.asClinicA(
              () ->
                  (Number)
                      ClinicSql.query(
                              em,
                              "select count(*) from outbox_message where lease_token is not null")
                          .getSingleResult());

      assertThat(claimed).hasSize(2);
      assertThat(leased.intValue()).isEqualTo(2 * round);
    }
  }

  @Test
  void revokingCancelsWhatIsQueuedAndStopsWhatWouldFollow() {
    Consent consent =
        asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));
    OutboxMessage queued =
        asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday()));

    asAlex(() -> consents.revoke(consent.getId()));

    OutboxMessage after = clinics.asClinicA(() -> em.find(OutboxMessage.class, queued.getId()));
    assertThat(after.getStatus()).isEqualTo(DeliveryStatus.CANCELLED);
    assertThat(after.getLastError()).isEqualTo("The client revoked the consent.");
    assertRefusedNaming(
        "recipient",
        () -> asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday())));
  }

  @Test
  void theConsentsScopeLimitsWhatASummaryCarries() {
    asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));
    asBlake(
        () -> consents.sign(consentTo(blakesDoctor.getId(), SharedData.ATTENDANCE_AND_CHECK_INS)));

    SummaryMessage alexs =
        payloadOf(asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday())));
    SummaryMessage blakes =
        payloadOf(asClinician(() -> outbox.sendNow(blakesDoctor.getId(), lastWeek(), yesterday())));

    assertThat(alexs.figures().checkInDays()).isNull();
    assertThat(alexs.patientMrn()).isEqualTo("MRNDrLee");
    assertThat(blakes.figures().checkInDays()).isNotNull();
    assertThat(alexs.notice()).contains("42 CFR part 2");
  }

  /**
   * PHQ-9 results leave only under a consent whose scope includes standard measures, and only those
   * completed in the summary's period.
   */
  @Test
  void standardMeasuresTravelOnlyUnderAConsentThatIncludesThem() {
    asAlex(
        () -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE_AND_CHECK_INS)));
    asBlake(
        () ->
            consents.sign(
                consentTo(blakesDoctor.getId(), SharedData.ATTENDANCE_CHECK_INS_AND_MEASURES)));
    List<Integer> answers = List.of(1, 1, 2, 1, 1, 0, 1, 0, 0);
    var alexsPhq9 = asClinician(() -> measures.assign(alex.getId(), Instrument.PHQ_9, once()));
    var blakesPhq9 = asClinician(() -> measures.assign(blake.getId(), Instrument.PHQ_9, once()));
    asAlex(() -> measures.complete(alexsPhq9.getId(), today(), answers));
    asBlake(() -> measures.complete(blakesPhq9.getId(), today(), answers));

    SummaryMessage alexs =
        payloadOf(asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), today())));
    SummaryMessage blakes =
        payloadOf(asClinician(() -> outbox.sendNow(blakesDoctor.getId(), lastWeek(), today())));
    SummaryMessage blakesLastWeek =
        payloadOf(asClinician(() -> outbox.sendNow(blakesDoctor.getId(), lastWeek(), yesterday())));

    assertThat(alexs.measures()).isEmpty();
    assertThat(blakes.measures())
        .singleElement()
        .satisfies(
            phq9 -> {
              assertThat(phq9.instrument()).isEqualTo(Instrument.PHQ_9);
              assertThat(phq9.answers()).isEqualTo(answers);
              assertThat(phq9.totalScore()).isEqualTo(7);
              assertThat(phq9.band()).isEqualTo(Instrument.PHQ_9.questionnaire().bandOf(7));
            });
    assertThat(blakesLastWeek.measures()).isEmpty();
  }

  @Test
  void scheduledSummariesGoOnlyUnderConsentAndEachRecipientMovesToTheirNextTime() {
    asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));
    Instant due = alexsDoctor.getNextSendAt().plus(Duration.ofMinutes(1));

    int queued = clinics.asClinicA(() -> outbox.queueDue(due));

    assertThat(queued).isEqualTo(1);
    assertThat(clinics.asClinicA(() -> outbox.countDeliveries(DeliveryStatus.QUEUED))).isEqualTo(1);
    CareTeamRecipient blakes =
        clinics.asClinicA(() -> em.find(CareTeamRecipient.class, blakesDoctor.getId()));
    assertThat(blakes.getNextSendAt()).isAfter(due);
    assertThat(clinics.asClinicA(() -> outbox.queueDue(due))).isZero();
  }

  @Test
  void aNewDisengagementFlagSendsOneSummaryToRecipientsWhoAskedForIt() {
    asAlex(() -> consents.sign(consentTo(alexsDoctor.getId(), SharedData.ATTENDANCE)));
    asClinician(
        () ->
            careTeams.changeRecipient(
                alexsDoctor.getId(),
                new RecipientDetails(
                    alexsDoctor.getEndpointId(),
                    "Dr. Lee",
                    null,
                    "MRNDrLee",
                    Cadence.ON_REQUEST,
                    null,
                    null,
                    true)));
    Instant now = Instant.now();
    assertThat(clinics.asClinicA(() -> outbox.queueOnNewFlags(now))).isZero();

    // Craving at 9 of 10 raises a flag (the clinic's threshold is 8).
    asAlex(() -> checkIns.record(alex.getId(), new CheckInAnswers(2, 9, false, null, null)));

    assertThat(clinics.asClinicA(() -> outbox.queueOnNewFlags(now))).isEqualTo(1);
    assertThat(clinics.asClinicA(() -> outbox.queueOnNewFlags(now))).as("the same flag").isZero();
    assertThat(clinics.asClinicA(() -> outbox.countDeliveries(DeliveryStatus.QUEUED))).isEqualTo(1);
  }

  @Test
  void aConnectionsPasswordIsStoredEncrypted() {
    clinics.asClinicA(
        () ->
            careTeams.saveEndpoint(
                null,
                fhirConnection(
                    "Hillside Psychiatry",
                    "https://ehr.example/fhir",
                    "aftercare",
                    "hunter2-secret")));

    var rows = rowsOfClinicA();
    assertThat(rows.count("select count(*) from care_team_endpoint where secret like 'v1:%'"))
        .isEqualTo(1);
    assertThat(rows.count("select count(*) from care_team_endpoint where secret like '%hunter2%'"))
        .isZero();
  }

  @Test
  void aConnectionInsideThePlatformsNetworkIsRefused() {
    assertRefusedNaming(
        "baseUrl",
        () ->
            clinics.asClinicA(
                () ->
                    careTeams.saveEndpoint(
                        null, fhirConnection("Inside", "https://10.0.0.5/fhir"))));
    assertRefusedNaming(
        "host",
        () ->
            clinics.asClinicA(
                () ->
                    careTeams.saveEndpoint(
                        null, hl7Connection("Metadata", "169.254.169.254", 2575))));
  }

  @Test
  void theStoredPasswordDoesNotFollowANewAddress() {
    var saved =
        clinics.asClinicA(
            () ->
                careTeams.saveEndpoint(
                    null,
                    fhirConnection(
                        "Hillside Psychiatry", "https://ehr.example/fhir", "aftercare", "s3cret")));

    assertRefusedNaming(
        "password",
        () ->
            clinics.asClinicA(
                () ->
                    careTeams.saveEndpoint(
                        saved.getId(),
                        fhirConnection(
                            "Hillside Psychiatry",
                            "https://attacker.example/fhir",
                            "aftercare",
                            null))));
  }

  @Test
  void aConsentForASpecificPurposeToACareTeamMemberSendsNoSummaries() {
    asAlex(
        () ->
            consents.sign(
                new ConsentRequest(
                    alexsDoctor.getId(),
                    null,
                    ConsentPurpose.SPECIFIC,
                    "a disability claim",
                    SharedData.ATTENDANCE,
                    null,
                    null,
                    "Alex Person")));

    assertRefusedNaming(
        "recipient",
        () -> asClinician(() -> outbox.sendNow(alexsDoctor.getId(), lastWeek(), yesterday())));
  }

  @Test
  void healthInformationTravelsOnlyOverHttps() {
    assertRefusedNaming(
        "baseUrl",
        () ->
            clinics.asClinicA(
                () ->
                    careTeams.saveEndpoint(
                        null, fhirConnection("Plain", "http://ehr.example/fhir"))));
  }

  @Test
  void aClientSeesNeitherAnotherClientsConsentsNorTheirDisclosures() {
    assertThatThrownBy(() -> asAlex(() -> consents.of(blake.getId())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> asAlex(() -> disclosures.of(blake.getId(), 0, 10)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> asAlex(() -> careTeams.recipientsOf(blake.getId())))
        .isInstanceOf(ForbiddenException.class);
  }

  private SummaryMessage payloadOf(OutboxMessage message) {
    return SummaryPayloads.read(
        clinics.asClinicA(() -> em.find(OutboxMessage.class, message.getId())).getPayload());
  }

  private <T> T asAlex(java.util.function.Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(alexLogin.getId(), work));
  }

  private <T> T asBlake(java.util.function.Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(blakeLogin.getId(), work));
  }

  private <T> T asClinician(java.util.function.Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(clinician.getId(), work));
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
