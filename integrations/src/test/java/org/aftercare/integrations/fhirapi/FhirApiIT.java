package org.aftercare.integrations.fhirapi;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.SharingExamples.consentToTreatingProviders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aftercare.access.ApiScope;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSessions;
import org.aftercare.identity.Account;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureSchedule;
import org.aftercare.measures.Measures;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consent;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosure;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.TwoClinics;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An EHR pulls through the FHIR API with HAPI's generic client, as SMART Backend Services: it sees
 * only the clients whose consent covers it, each read becomes a disclosure the client can see, a
 * revoked consent turns the client into 410 Gone, and another clinic's EHR sees nothing of them.
 */
@ExtendWith(ArquillianExtension.class)
class FhirApiIT {

  private static final String ALL_SCOPES =
      String.join(" ", List.of(ApiScope.values()).stream().map(ApiScope::value).toList());

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject ApiClients apiClients;
  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject Disclosures disclosures;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject AttendanceService attendance;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @Inject HttpServletRequest runnerRequest;
  @Inject BulkExportWorker exportWorker;
  @Inject BulkExports exports;
  @Inject Measures measures;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  private TwoClinics clinics;
  private Account adminA;
  private Account clinicianA;
  private Account alexLogin;
  private Client alex;
  private Client blake;
  private Client casey;
  private Consent alexConsent;
  private Ehr ehrOfA;
  private Ehr ehrOfB;
  private UUID alexsGroup;

  /**
   * Clinic A: Alex consented to their treating providers, Blake did not; both are filed at the
   * Lakeside EHR, which pulls. Clinic B: Casey, under the same record number at its own EHR.
   */
  @BeforeEach
  void twoClinicsWhoseEhrsPull() {
    String base =
        "http://localhost:"
            + runnerRequest.getLocalPort()
            + runnerRequest.getContextPath()
            + "/fhir";
    ehrOfA = new Ehr(base);
    ehrOfB = new Ehr(base);
    clinics = TwoClinics.register(clinicRecords, tenantContext);
    clinics.asClinicA(
        () -> {
          adminA = fixtures.admin("Ada Admin");
          Account clinician = fixtures.clinician("Cleo Clinician");
          clinicianA = clinician;
          alex = fixtures.client("Alex P.");
          alexLogin = fixtures.portalAccountFor(alex);
          blake = fixtures.client("Blake Q.");
          ehrOfA.clientId =
              fixtures
                  .as(adminA.getId(), () -> apiClients.save(null, registration(ehrOfA)))
                  .getId();
          fixtures.as(
              clinician.getId(),
              () -> {
                careTeams.addRecipient(
                    alex.getId(),
                    RecipientDetails.pulling(
                        ehrOfA.clientId, "Lakeside primary care", null, "MRN-1"));
                careTeams.addRecipient(
                    blake.getId(),
                    RecipientDetails.pulling(
                        ehrOfA.clientId, "Lakeside primary care", null, "MRN-2"));
                attendedLastWeek(alex, clinician);
                return null;
              });
          return null;
        });
    alexConsent = asAlex(() -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
    clinics.asClinicB(
        () -> {
          Account admin = fixtures.admin("Bea Admin");
          Account clinician = fixtures.clinician("Bo Clinician");
          casey = fixtures.client("Casey R.");
          Account caseyLogin = fixtures.portalAccountFor(casey);
          ehrOfB.clientId =
              fixtures.as(admin.getId(), () -> apiClients.save(null, registration(ehrOfB))).getId();
          fixtures.as(
              clinician.getId(),
              () ->
                  careTeams.addRecipient(
                      casey.getId(),
                      RecipientDetails.pulling(ehrOfB.clientId, "Lakeside B", null, "MRN-1")));
          fixtures.as(
              caseyLogin.getId(),
              () -> consents.sign(consentToTreatingProviders(SharedData.ATTENDANCE)));
          return null;
        });
  }

  @Test
  void theEhrReadsOnlyConsentedClientsAndEachReadIsADisclosure() {
    IGenericClient fhir = ehrOfA.client(ehrOfA.token(ALL_SCOPES));

    Bundle everyone = fhir.search().forResource(Patient.class).returnBundle(Bundle.class).execute();
    assertThat(ids(everyone)).containsExactly(alex.getId().toString());
    Bundle byNumber =
        fhir.search()
            .forResource(Patient.class)
            .where(Patient.IDENTIFIER.exactly().code("MRN-1"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byNumber)).containsExactly(alex.getId().toString());
    Patient patient = fhir.read().resource(Patient.class).withId(alex.getId().toString()).execute();
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("MRN-1");
    assertThat(patient.getName()).isEmpty();
    assertThat(patient.getMeta().getSecurity()).extracting(c -> c.getCode()).contains("42CFRPart2");
    assertThatThrownBy(
            () -> fhir.read().resource(Patient.class).withId(blake.getId().toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);

    Bundle reports = byPatient(fhir, MeasureReport.class, alex);
    assertThat(reports.getEntry()).hasSize(1);
    var report = (MeasureReport) reports.getEntryFirstRep().getResource();
    assertThat(fhir.read().resource(MeasureReport.class).withId(report.getIdPart()).execute())
        .isNotNull();
    Bundle figures = byPatient(fhir, Observation.class, alex);
    assertThat(figures.getEntry())
        .isNotEmpty()
        .noneMatch(
            entry ->
                ((Observation) entry.getResource())
                    .getCode()
                    .getCodingFirstRep()
                    .getCode()
                    .equals("check-in-days"));
    Bundle sessionsExpected = byPatient(fhir, Appointment.class, alex);
    assertThat(sessionsExpected.getEntry())
        .singleElement()
        .satisfies(
            entry ->
                assertThat(((Appointment) entry.getResource()).getStatus())
                    .isEqualTo(Appointment.AppointmentStatus.FULFILLED));
    assertThat(byPatient(fhir, Encounter.class, alex).getEntry()).hasSize(1);
    Bundle consent = byPatient(fhir, org.hl7.fhir.r4.model.Consent.class, alex);
    assertThat(ids(consent)).containsExactly(alexConsent.getId().toString());
    Bundle team = byPatient(fhir, CareTeam.class, alex);
    assertThat(((CareTeam) team.getEntryFirstRep().getResource()).getParticipant())
        .singleElement()
        .satisfies(
            member -> assertThat(member.getMember().getDisplay()).isEqualTo("Cleo Clinician"));
    assertThat(byPatient(fhir, MeasureReport.class, blake).getEntry()).isEmpty();

    // Ten answers carried Alex: two searches, the patient, the report searched and read, the
    // figures, the appointments, the encounters, the consent and the care team.
    List<Disclosure> disclosed = asAlex(() -> disclosures.of(alex.getId(), 0, 50));
    assertThat(disclosed)
        .hasSize(10)
        .allSatisfy(
            disclosure -> {
              assertThat(disclosure.getChannel()).isEqualTo(Disclosure.Channel.FHIR_API);
              assertThat(disclosure.getRecipientName()).isEqualTo("Lakeside primary care");
            });
    assertThat(clinics.asClinicA(() -> disclosures.count(blake.getId()))).isZero();
  }

  @Test
  void patientsComeInPagesWithNextLinks() {
    clinics.asClinicA(
        () ->
            fixtures.as(
                clinicianA.getId(),
                () ->
                    consents.recordPaper(
                        blake.getId(), consentToTreatingProviders(SharedData.ATTENDANCE))));
    IGenericClient fhir = ehrOfA.client(ehrOfA.token(ALL_SCOPES));

    Bundle first =
        fhir.search().forResource(Patient.class).count(1).returnBundle(Bundle.class).execute();
    assertThat(first.getTotal()).isEqualTo(2);
    assertThat(first.getEntry()).hasSize(1);
    assertThat(first.getLink(Bundle.LINK_NEXT)).isNotNull();
    Bundle second = fhir.loadPage().next(first).execute();
    assertThat(second.getEntry()).hasSize(1);
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
  }

  /**
   * A PHQ-9 Alex completed is read only once their consent includes standard measures: its answers
   * as a QuestionnaireResponse to the product's Questionnaire, its total as an Observation derived
   * from it; another clinic's EHR and a token without the scope get nothing of it.
   */
  @Test
  void standardMeasuresAreReadOnlyUnderAConsentThatIncludesThem() {
    var phq9 =
        clinics.asClinicA(
            () ->
                fixtures.as(
                    clinicianA.getId(),
                    () -> measures.assign(alex.getId(), Instrument.PHQ_9, MeasureSchedule.once())));
    LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
    asAlex(() -> measures.complete(phq9.getId(), today, List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));
    IGenericClient fhir = ehrOfA.client(ehrOfA.token(ALL_SCOPES));
    assertThat(byPatient(fhir, QuestionnaireResponse.class, alex).getEntry()).isEmpty();

    asAlex(
        () ->
            consents.sign(
                consentToTreatingProviders(SharedData.ATTENDANCE_CHECK_INS_AND_MEASURES)));

    var response =
        (QuestionnaireResponse)
            byPatient(fhir, QuestionnaireResponse.class, alex).getEntryFirstRep().getResource();
    assertThat(response.getQuestionnaire()).endsWith("/Questionnaire/phq-9");
    assertThat(response.getItem()).hasSize(9);
    assertThat(
            fhir.read()
                .resource(QuestionnaireResponse.class)
                .withId(response.getIdPart())
                .execute()
                .getItem())
        .hasSize(9);
    Observation total =
        fhir.read().resource(Observation.class).withId(response.getIdPart()).execute();
    assertThat(total.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
    assertThat(total.getValueIntegerType().getValue()).isEqualTo(8);
    assertThat(total.getDerivedFromFirstRep().getReference())
        .isEqualTo("QuestionnaireResponse/" + response.getIdPart());
    Questionnaire definition = fhir.read().resource(Questionnaire.class).withId("phq-9").execute();
    assertThat(definition.getUrl()).isEqualTo(response.getQuestionnaire());

    IGenericClient otherClinics = ehrOfB.client(ehrOfB.token(ALL_SCOPES));
    assertThat(byPatient(otherClinics, QuestionnaireResponse.class, alex).getEntry()).isEmpty();
    assertThatThrownBy(
            () ->
                otherClinics
                    .read()
                    .resource(QuestionnaireResponse.class)
                    .withId(response.getIdPart())
                    .execute())
        .isInstanceOf(ResourceNotFoundException.class);
    IGenericClient figuresOnly = ehrOfA.client(ehrOfA.token(ApiScope.OBSERVATION.value()));
    assertThatThrownBy(() -> byPatient(figuresOnly, QuestionnaireResponse.class, alex))
        .isInstanceOf(ForbiddenOperationException.class);
  }

  @Test
  void aTokenCarriesOnlyTheScopesAskedForAndAllowed() {
    IGenericClient patientsOnly = ehrOfA.client(ehrOfA.token(ApiScope.PATIENT.value()));

    assertThat(
            ids(
                patientsOnly
                    .search()
                    .forResource(Patient.class)
                    .returnBundle(Bundle.class)
                    .execute()))
        .hasSize(1);
    assertThatThrownBy(() -> byPatient(patientsOnly, Observation.class, alex))
        .isInstanceOf(ForbiddenOperationException.class);
    var unknownScope = ehrOfA.requestToken(ehrOfA.assertion(), "system/Medication.rs");
    assertThat(unknownScope.statusCode()).isEqualTo(400);
    assertThat(unknownScope.body()).contains("invalid_scope");
  }

  @Test
  void assertionsThatAreNotTheClientsOwnFreshAndAddressedToUsAreRefused() {
    Ehr impostor = new Ehr(ehrOfA.fhirBase);
    Instant soon = Instant.now().plus(Duration.ofMinutes(4));
    List<String> refused =
        List.of(
            ehrOfA.assertion(impostor.key, ehrOfA.tokenUrl(), soon, Ehr.newJti()),
            ehrOfA.assertion(
                ehrOfA.key, ehrOfA.tokenUrl(), Instant.now().minusSeconds(120), Ehr.newJti()),
            ehrOfA.assertion(
                ehrOfA.key,
                ehrOfA.tokenUrl(),
                Instant.now().plus(Duration.ofMinutes(30)),
                Ehr.newJti()),
            ehrOfA.assertion(ehrOfA.key, "https://elsewhere.example/token", soon, Ehr.newJti()),
            "not.a.jwt");
    for (String assertion : refused) {
      var answer = ehrOfA.requestToken(assertion, ALL_SCOPES);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
      assertThat(answer.body()).contains("invalid_client");
    }

    String once = ehrOfA.assertion(ehrOfA.key, ehrOfA.tokenUrl(), soon, Ehr.newJti());
    assertThat(ehrOfA.requestToken(once, ALL_SCOPES).statusCode()).isEqualTo(200);
    var replayed = ehrOfA.requestToken(once, ALL_SCOPES);
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(replayed.body()).contains("used before");
  }

  @Test
  void aDisabledClientsTokenStopsAtItsNextRequest() {
    String token = ehrOfA.token(ALL_SCOPES);
    assertThat(ehrOfA.get("/Patient", token).statusCode()).isEqualTo(200);

    clinics.asClinicA(() -> fixtures.as(adminA.getId(), () -> apiClients.disable(ehrOfA.clientId)));

    HttpResponse<String> after = ehrOfA.get("/Patient", token);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("OperationOutcome");
    assertThat(ehrOfA.requestToken(ehrOfA.assertion(), ALL_SCOPES).statusCode()).isEqualTo(401);
    assertThat(ehrOfA.get("/Patient", null).statusCode()).isEqualTo(401);
    assertThat(ehrOfA.get("/Patient", "made-up-token").statusCode()).isEqualTo(401);
  }

  @Test
  void aSuspendedClinicsEhrIsRefusedTokensAndReads() {
    String token = ehrOfA.token(ALL_SCOPES);

    new ClinicRows(dataSource, clinics.clinicA())
        .count(
            "select aftercare_change_clinic_status(?, 'SUSPENDED', 'unpaid invoice', now())",
            clinics.clinicA());

    HttpResponse<String> read = ehrOfA.get("/Patient", token);
    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(read.body()).contains("OperationOutcome").contains("suspended");
    assertThat(ehrOfA.requestToken(ehrOfA.assertion(), ALL_SCOPES).statusCode()).isEqualTo(401);
    assertThat(ehrOfB.get("/Patient", ehrOfB.token(ALL_SCOPES)).statusCode()).isEqualTo(200);
  }

  @Test
  void aRevokedConsentMakesTheClientGoneAtTheNextRead() {
    IGenericClient fhir = ehrOfA.client(ehrOfA.token(ALL_SCOPES));
    assertThat(fhir.read().resource(Patient.class).withId(alex.getId().toString()).execute())
        .isNotNull();

    asAlex(() -> consents.revoke(alexConsent.getId()));

    assertThatThrownBy(
            () -> fhir.read().resource(Patient.class).withId(alex.getId().toString()).execute())
        .isInstanceOf(ResourceGoneException.class);
    assertThat(ids(fhir.search().forResource(Patient.class).returnBundle(Bundle.class).execute()))
        .isEmpty();
    assertThat(byPatient(fhir, MeasureReport.class, alex).getEntry()).isEmpty();
  }

  @Test
  void anotherClinicsEhrFindsNothingOfA() {
    IGenericClient fhirOfB = ehrOfB.client(ehrOfB.token(ALL_SCOPES));

    assertThat(
            ids(
                fhirOfB
                    .search()
                    .forResource(Patient.class)
                    .where(Patient.IDENTIFIER.exactly().code("MRN-1"))
                    .returnBundle(Bundle.class)
                    .execute()))
        .containsExactly(casey.getId().toString());
    for (Class<? extends org.hl7.fhir.instance.model.api.IBaseResource> type :
        List.of(
            Patient.class,
            org.hl7.fhir.r4.model.Consent.class,
            MeasureReport.class,
            Observation.class,
            Appointment.class,
            Encounter.class,
            CareTeam.class)) {
      String id =
          type == org.hl7.fhir.r4.model.Consent.class
              ? alexConsent.getId().toString()
              : alex.getId().toString();
      assertThatThrownBy(() -> fhirOfB.read().resource(type).withId(id).execute())
          .as(type.getSimpleName())
          .isInstanceOf(ResourceNotFoundException.class);
      if (type != Patient.class) {
        assertThat(byPatient(fhirOfB, type, alex).getEntry()).as(type.getSimpleName()).isEmpty();
      }
    }
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isZero();
  }

  @Test
  void badInputIsAnOperationOutcomeAndNeverAServerError() {
    String token = ehrOfA.token(ALL_SCOPES);
    String alexId = alex.getId().toString();
    for (String query :
        List.of(
            "/Patient?_count=0",
            "/Patient?_count=-5",
            "/Patient?_count=1000000",
            "/Patient?_offset=-1",
            "/Patient?nickname=Al",
            "/Observation?patient=" + alexId + "&date=last-tuesday",
            "/Observation?patient=" + alexId + "&date=ge2020-01-01",
            "/Observation",
            "/Patient?identifier=%FF%FE")) {
      HttpResponse<String> answer = ehrOfA.get(query, token);
      assertThat(answer.statusCode()).as(query + " → " + answer.body()).isEqualTo(400);
      assertThat(answer.body()).as(query).contains("OperationOutcome");
    }
    // With Expect: 100-continue, as clients send large bodies: the refusal comes before the body.
    HttpResponse<String> huge =
        Ehr.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(ehrOfA.fhirBase + "/Patient"))
                .header("Content-Type", "application/fhir+json")
                .expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x".repeat(10_000_000)))
                .build());
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("OperationOutcome");
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isZero();
  }

  @Test
  void theCapabilityStatementAndSmartConfigurationArePublic() {
    HttpResponse<String> metadata = ehrOfA.get("/metadata", null);
    assertThat(metadata.statusCode()).isEqualTo(200);
    assertThat(metadata.body()).contains("CapabilityStatement").contains("\"Patient\"");
    HttpResponse<String> smart = ehrOfA.get("/.well-known/smart-configuration", null);
    assertThat(smart.statusCode()).isEqualTo(200);
    assertThat(smart.body())
        .contains("private_key_jwt")
        .contains("ES384")
        .contains("/fhir/auth/token")
        .contains("system/Patient.rs");
  }

  @Test
  void anExportRunsAsynchronouslyAndYieldsNdjsonOfTheConsentedClientsOnly() {
    String token = ehrOfA.token(ALL_SCOPES);
    HttpResponse<String> kickOff = ehrOfA.kickOff("/Patient/$export", token);
    assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
    String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
    HttpResponse<String> waiting = ehrOfA.getUrl(status, token);
    assertThat(waiting.statusCode()).isEqualTo(202);
    assertThat(waiting.headers().firstValue("X-Progress")).isPresent();
    assertThat(waiting.headers().firstValue("Retry-After")).isPresent();

    assertThat(exportWorker.runDue(Instant.now())).isPositive();

    HttpResponse<String> done = ehrOfA.getUrl(status, token);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    Map<String, String> files = ehrOfA.outputOf(done.body());
    assertThat(files.keySet())
        .contains("Patient", "MeasureReport", "Observation", "Appointment", "Encounter", "Consent");
    HttpResponse<String> patients = ehrOfA.getUrl(files.get("Patient"), token);
    assertThat(patients.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/fhir+ndjson");
    assertThat(patients.body().lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).contains(alex.getId().toString()).contains("MRN-1"));
    assertThat(ehrOfA.getUrl(files.get("Patient"), null).statusCode()).isEqualTo(401);
    assertThat(ehrOfA.getUrl(files.get("Appointment"), token).body().lines()).hasSize(1);
    assertThat(asAlex(() -> disclosures.count(alex.getId()))).isEqualTo(1);
    assertThat(clinics.asClinicA(() -> disclosures.count(blake.getId()))).isZero();

    var ofB = ehrOfB.token(ALL_SCOPES);
    assertThat(ehrOfB.getUrl(status, ofB).statusCode()).isEqualTo(404);
    assertThat(ehrOfB.getUrl(files.get("Patient"), ofB).statusCode()).isEqualTo(404);
    assertThat(ehrOfB.delete(status, ofB).statusCode()).isEqualTo(404);

    Instant filesExpired = Instant.now().plus(BulkExports.FILES_KEPT).plusSeconds(60);
    assertThat(clinics.asClinicB(() -> exports.purgeExpired(filesExpired))).isZero();
    assertThat(ehrOfA.getUrl(files.get("Patient"), token).statusCode()).isEqualTo(200);

    assertThat(ehrOfA.delete(status, token).statusCode()).isEqualTo(202);
    assertThat(ehrOfA.getUrl(status, token).statusCode()).isEqualTo(404);
    assertThat(ehrOfA.getUrl(files.get("Patient"), token).statusCode()).isEqualTo(404);
  }

  @Test
  void aGroupExportHoldsItsConsentedMembersAndAnInterruptedRunIsTakenUpAgain() {
    String token = ehrOfA.token(ALL_SCOPES);
    var group =
        ehrOfA.client(token).read().resource(Group.class).withId(alexsGroup.toString()).execute();
    assertThat(group.getMember())
        .singleElement()
        .satisfies(
            member ->
                assertThat(member.getEntity().getReference()).isEqualTo("Patient/" + alex.getId()));
    HttpResponse<String> kickOff =
        ehrOfA.kickOff("/Group/" + alexsGroup + "/$export?_type=Patient,Consent", token);
    assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
    String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
    // A worker claims it and dies: its lease runs out, and the next run takes the export up.
    Instant now = Instant.now();
    assertThat(clinics.asClinicA(() -> exports.claimNext(now))).isPresent();
    assertThat(exportWorker.runDue(now)).isZero();
    assertThat(exportWorker.runDue(now.plus(Duration.ofMinutes(11)))).isEqualTo(1);

    HttpResponse<String> done = ehrOfA.getUrl(status, token);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(ehrOfA.outputOf(done.body()).keySet())
        .containsExactlyInAnyOrder("Patient", "Consent");
    // A day later the files are deleted, not only refused.
    Instant filesExpired = Instant.now().plus(BulkExports.FILES_KEPT).plusSeconds(60);
    assertThat(clinics.asClinicA(() -> exports.purgeExpired(filesExpired))).isEqualTo(2);
  }

  @Test
  void aKickOffOutsideTheIgIsRefusedAndWritesNothing() {
    String token = ehrOfA.token(ALL_SCOPES);
    assertThat(ehrOfA.get("/Patient/$export", token).statusCode()).isEqualTo(400);
    for (String query :
        List.of(
            "?_type=Medication",
            "?_since=yesterday",
            "?_typeFilter=Patient%3Factive%3Dtrue",
            "?_outputFormat=text/csv")) {
      HttpResponse<String> answer = ehrOfA.kickOff("/Patient/$export" + query, token);
      assertThat(answer.statusCode()).as(query + " → " + answer.body()).isEqualTo(400);
      assertThat(answer.body()).contains("OperationOutcome");
    }
    assertThat(ehrOfA.kickOff("/Group/" + UUID.randomUUID() + "/$export", token).statusCode())
        .isEqualTo(404);
    String patientsOnly = ehrOfA.token(ApiScope.PATIENT.value());
    assertThat(ehrOfA.kickOff("/Patient/$export?_type=Observation", patientsOnly).statusCode())
        .isEqualTo(400);
    assertThat(exportWorker.runDue(Instant.now())).isZero();
  }

  private static ApiClientDetails registration(Ehr ehr) {
    return new ApiClientDetails(
        "Lakeside EHR", "Lakeside Health", null, ehr.publicJwks(), Set.of(ALL_SCOPES.split(" ")));
  }

  /** A session of a weekly group, held two days ago, at which the client was present. */
  private void attendedLastWeek(Client client, Account clinician) {
    var group = groups.create(aGroup().named("Tuesday skills").build(), Set.of(clinician.getId()));
    alexsGroup = group.getId();
    enrollments.enrol(group.getId(), client.getId(), false);
    var session = sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst();
    new ClinicPast(dataSource, clinics.clinicA()).held(session, Duration.ofDays(2));
    attendance.saveRoster(
        session.getId(),
        List.of(new RosterEntry(client.getId(), AttendanceStatus.PRESENT, null, -1)));
  }

  private static Bundle byPatient(
      IGenericClient fhir,
      Class<? extends org.hl7.fhir.instance.model.api.IBaseResource> type,
      Client client) {
    return fhir.search()
        .forResource(type)
        .where(
            new ca.uhn.fhir.rest.gclient.ReferenceClientParam("patient")
                .hasId("Patient/" + client.getId()))
        .returnBundle(Bundle.class)
        .execute();
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
  }

  private <T> T asAlex(Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(alexLogin.getId(), work));
  }
}
