package org.aftercare.integrations.restapi;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.aftercare.access.ApiScope;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditFilter;
import org.aftercare.audit.AuditService;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSessions;
import org.aftercare.identity.Account;
import org.aftercare.integrations.fhirapi.Ehr;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clinic's systems over the REST API: the EHR discharges a client (once, however often it
 * retries), keeps them up to date without overwriting a newer change, enrols them, records a
 * roster, assigns a mentor and acknowledges a support request — each answer as the OpenAPI document
 * describes it. Another clinic's system, a token without the scope and a caller without a token get
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicApiIT {

  private static final String ALL =
      ApiScope.of(ApiScope.Api.CLINIC).stream()
          .map(ApiScope::value)
          .collect(Collectors.joining(" "));

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject ApiClients apiClients;
  @Inject GroupService groups;
  @Inject SupportAlerts alerts;
  @Inject AuditService audit;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @Inject HttpServletRequest runnerRequest;
  @Inject GroupSessions sessions;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  private TwoClinics clinics;
  private ClinicSystem ehrOfA;
  private ClinicSystem readerOfA;
  private ClinicSystem careTeamOfA;
  private ClinicSystem ehrOfB;
  private Account mentorA;
  private Client blakeOfA;
  private Account blakeLogin;
  private Client caseyOfB;
  private UUID groupOfA;

  @BeforeEach
  void twoClinicsWithTheirSystems() {
    String portal =
        "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    var openApi =
        Ehr.send(
            HttpRequest.newBuilder(URI.create(portal + "/openapi"))
                .header("Accept", "application/json")
                .build());
    assertThat(openApi.statusCode()).as(openApi.body()).isEqualTo(200);
    var contract = new OpenApiContract(openApi.body());
    ehrOfA = new ClinicSystem(portal, contract);
    readerOfA = new ClinicSystem(portal, contract);
    careTeamOfA = new ClinicSystem(portal, contract);
    ehrOfB = new ClinicSystem(portal, contract);
    clinics = TwoClinics.register(clinicRecords, tenantContext);
    clinics.asClinicA(
        () -> {
          Account admin = fixtures.admin("Ada Admin");
          Account clinician = fixtures.clinician("Cleo Clinician");
          mentorA = fixtures.mentor("Morgan Mentor");
          blakeOfA = fixtures.client("Blake Q.");
          blakeLogin = fixtures.portalAccountFor(blakeOfA);
          register(admin, ehrOfA, "Riverside EHR", ALL);
          register(admin, readerOfA, "Riverside billing", "clients.read");
          register(admin, careTeamOfA, "Lakeside primary care", "system/Patient.rs");
          groupOfA =
              fixtures
                  .as(
                      clinician.getId(),
                      () ->
                          groups.create(
                              aGroup().named("Tuesday skills").withCapacity(1).build(),
                              Set.of(clinician.getId())))
                  .getId();
          return null;
        });
    clinics.asClinicB(
        () -> {
          Account admin = fixtures.admin("Bea Admin");
          caseyOfB = fixtures.client("Casey R.");
          register(admin, ehrOfB, "Lakeside EHR", ALL);
          return null;
        });
    ehrOfA.withToken(ALL);
    readerOfA.withToken("clients.read");
    careTeamOfA.withToken("system/Patient.rs");
    ehrOfB.withToken(ALL);
  }

  @Test
  void aDischargeRetriedWithItsKeyCreatesOneClientAndAnUpdateNeedsTheLatestVersion() {
    String discharge =
        """
        {"displayName": "Alex P.", "legalName": "Alex Park", "email": "alex@example.org",
         "preferredLanguage": "es", "recoveryStartDate": "2026-10-01", "ehrMrn": "MRN-77"}""";
    var created = ehrOfA.post("/clients", discharge, Map.of("Idempotency-Key", "discharge-77"));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location")).endsWith("/api/v1/clients/" + id);
    var retried = ehrOfA.post("/clients", discharge, Map.of("Idempotency-Key", "discharge-77"));
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.json().getString("id")).isEqualTo(id);
    var found = ehrOfA.get("/clients?ehrMrn=MRN-77");
    assertThat(found.json().getJsonArray("items")).hasSize(1);
    var reused =
        ehrOfA.post(
            "/clients",
            discharge.replace("Alex P.", "Someone else"),
            Map.of("Idempotency-Key", "discharge-77"));
    assertThat(reused.status()).isEqualTo(422);
    assertThat(fieldsOf(reused)).containsExactly("Idempotency-Key");
    var sameMrn = ehrOfA.post("/clients", discharge.replace("alex@", "other@"), Map.of());
    assertThat(sameMrn.status()).isEqualTo(422);
    assertThat(fieldsOf(sameMrn)).containsExactly("ehrMrn");

    var read = ehrOfA.get("/clients/" + id);
    assertThat(read.json().getString("preferredLanguage")).isEqualTo("es");
    String etag = read.header("ETag");
    String changed = discharge.replace("alex@example.org", "alex.park@example.org");
    assertThat(ehrOfA.put("/clients/" + id, changed, Map.of()).status()).isEqualTo(428);
    var saved = ehrOfA.put("/clients/" + id, changed, Map.of("If-Match", etag));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().getString("email")).isEqualTo("alex.park@example.org");
    assertThat(saved.header("ETag")).isNotEqualTo(etag);
    var stale = ehrOfA.put("/clients/" + id, discharge, Map.of("If-Match", etag));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(ehrOfA.get("/clients/" + id).json().getString("email"))
        .isEqualTo("alex.park@example.org");
  }

  @Test
  void badInputIsNamedAndNothingIsWritten() {
    var invalid =
        ehrOfA.post(
            "/clients",
            """
            {"displayName": "", "legalName": "Dana Doe", "email": "not-an-address"}""",
            Map.of());
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(fieldsOf(invalid)).containsExactlyInAnyOrder("displayName", "email");
    assertThat(ehrOfA.post("/clients", "{not json", Map.of()).status()).isEqualTo(400);
    assertThat(ehrOfA.get("/clients?limit=0").status()).isEqualTo(422);
    assertThat(ehrOfA.get("/clients?cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(422);
    assertThat(ehrOfA.get("/clients/" + UUID.randomUUID()).status()).isEqualTo(404);
    var everyone = ehrOfA.get("/clients?limit=200").json().getJsonArray("items");
    assertThat(everyone)
        .extracting(c -> c.asJsonObject().getString("legalName"))
        .doesNotContain("Dana Doe");
  }

  @Test
  void pagesFollowTheCursorWithoutRepeatsOrGaps() {
    for (int i = 0; i < 4; i++) {
      ehrOfA.post(
          "/clients",
          "{\"displayName\": \"Client " + i + "\", \"legalName\": \"Client Number " + i + "\"}",
          Map.of());
    }
    List<String> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      var page = ehrOfA.get("/clients?limit=2" + (next == null ? "" : "&cursor=" + next)).json();
      page.getJsonArray("items").forEach(c -> seen.add(c.asJsonObject().getString("id")));
      next = page.containsKey("next") ? page.getString("next") : null;
      pages++;
    } while (next != null);
    assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void theSchedulingSystemEnrolsRecordsARosterAndSeesTheWaitlist() {
    assertThat(ehrOfA.get("/groups").json().getJsonArray("items"))
        .extracting(g -> g.asJsonObject().getString("name"))
        .containsExactly("Tuesday skills");
    var group = ehrOfA.get("/groups/" + groupOfA).json();
    assertThat(group.getJsonObject("schedule").getString("timeZone")).isNotBlank();
    var sessions = ehrOfA.get("/groups/" + groupOfA + "/sessions?limit=2").json();
    assertThat(sessions.getJsonArray("items")).hasSize(2);
    String second = sessions.getJsonArray("items").getJsonObject(1).getString("id");
    var later =
        ehrOfA.get(
            "/groups/" + groupOfA + "/sessions?limit=2&cursor=" + sessions.getString("next"));
    assertThat(later.json().getJsonArray("items"))
        .extracting(s -> s.asJsonObject().getString("id"))
        .doesNotContain(second);

    String newcomer =
        ehrOfA
            .post("/clients", "{\"displayName\": \"Drew\", \"legalName\": \"Drew Lane\"}", Map.of())
            .json()
            .getString("id");
    var seated =
        ehrOfA.post(
            "/groups/" + groupOfA + "/enrolments",
            "{\"clientId\": \"" + blakeOfA.getId() + "\"}",
            Map.of("Idempotency-Key", "enrol-blake"));
    assertThat(seated.status()).isEqualTo(201);
    assertThat(seated.json().getString("status")).isEqualTo("ENROLLED");
    var waiting =
        ehrOfA.post(
            "/groups/" + groupOfA + "/enrolments",
            "{\"clientId\": \"" + newcomer + "\"}",
            Map.of());
    assertThat(waiting.json().getString("status")).isEqualTo("WAITLISTED");
    assertThat(waiting.json().getInt("waitlistPosition")).isEqualTo(1);
    assertThat(ehrOfA.get("/clients/" + newcomer + "/enrolments").array()).hasSize(1);

    assertThat(
            ehrOfA
                .get("/enrolments/" + waiting.json().getString("id"))
                .json()
                .getInt("waitlistPosition"))
        .isEqualTo(1);
    assertThat(ehrOfA.get("/sessions/" + second).json().getString("groupId"))
        .isEqualTo(groupOfA.toString());
    String session = heldSession().toString();
    var roster = ehrOfA.get("/sessions/" + session + "/roster").json();
    assertThat(roster.getJsonArray("lines")).hasSize(1);
    String mark =
        "{\"entries\": [{\"clientId\": \"" + blakeOfA.getId() + "\", \"status\": \"PRESENT\"}]}";
    assertThat(ehrOfA.put("/sessions/" + session + "/roster", mark, Map.of()).status())
        .isEqualTo(200);
    var line =
        ehrOfA
            .get("/sessions/" + session + "/roster")
            .json()
            .getJsonArray("lines")
            .getJsonObject(0);
    assertThat(line.getString("status")).isEqualTo("PRESENT");
    var overNewer =
        ehrOfA.put("/sessions/" + session + "/roster", mark.replace("PRESENT", "ABSENT"), Map.of());
    assertThat(overNewer.status()).isEqualTo(409);

    var withdrawn =
        ehrOfA.post(
            "/enrolments/" + seated.json().getString("id") + "/withdrawal",
            "{\"reason\": \"Moved away\"}",
            Map.of());
    assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void mentorsAndSupportRequests() {
    assertThat(ehrOfA.get("/clients/" + blakeOfA.getId() + "/mentor").status()).isEqualTo(404);
    assertThat(ehrOfA.get("/clients/" + blakeOfA.getId() + "/mentor-suggestions").array())
        .extracting(m -> m.asJsonObject().getString("mentorId"))
        .contains(mentorA.getId().toString());
    var assigned =
        ehrOfA.put(
            "/clients/" + blakeOfA.getId() + "/mentor",
            "{\"mentorId\": \"" + mentorA.getId() + "\"}",
            Map.of());
    assertThat(assigned.status()).isEqualTo(200);
    assertThat(
            ehrOfA.get("/mentors/" + mentorA.getId() + "/mentees").json().getJsonArray("clientIds"))
        .extracting(JsonValue::toString)
        .containsExactly("\"" + blakeOfA.getId() + "\"");
    assertThat(ehrOfA.get("/clients/" + blakeOfA.getId() + "/mentor").json().getString("mentorId"))
        .isEqualTo(mentorA.getId().toString());
    assertThat(ehrOfA.delete("/clients/" + blakeOfA.getId() + "/mentor?reason=Moved").status())
        .isEqualTo(204);
    assertThat(
            ehrOfA.get("/mentors/" + mentorA.getId() + "/mentees").json().getJsonArray("clientIds"))
        .isEmpty();

    String alert =
        clinics
            .asClinicA(() -> fixtures.as(blakeLogin.getId(), () -> alerts.raise(blakeOfA.getId())))
            .getId()
            .toString();
    assertThat(ehrOfA.get("/support-alerts").array())
        .extracting(a -> a.asJsonObject().getString("id"))
        .containsExactly(alert);
    var acknowledged = ehrOfA.post("/support-alerts/" + alert + "/acknowledgement", null, Map.of());
    assertThat(acknowledged.status()).isEqualTo(200);
    assertThat(acknowledged.json().containsKey("acknowledgedAt")).isTrue();
    assertThat(
            ehrOfA.post("/support-alerts/" + alert + "/acknowledgement", null, Map.of()).status())
        .isEqualTo(409);
    assertThat(ehrOfA.get("/support-alerts").array()).isEmpty();
  }

  @Test
  void anotherClinicsSystemALesserTokenAndNoTokenGetNothing() {
    String blake = "/clients/" + blakeOfA.getId();
    assertThat(ehrOfB.get(blake).status()).isEqualTo(404);
    assertThat(ehrOfB.get("/groups/" + groupOfA).status()).isEqualTo(404);
    assertThat(ehrOfB.get("/clients?limit=200").json().getJsonArray("items"))
        .extracting(c -> c.asJsonObject().getString("id"))
        .containsExactly(caseyOfB.getId().toString());
    assertThat(
            ehrOfB
                .put(blake + "/mentor", "{\"mentorId\": \"" + mentorA.getId() + "\"}", Map.of())
                .status())
        .isEqualTo(404);

    var reader =
        readerOfA.post("/clients", "{\"displayName\": \"X\", \"legalName\": \"Y\"}", Map.of());
    assertThat(reader.status()).isEqualTo(403);
    assertThat(reader.json().getString("detail")).contains("clients.write");
    assertThat(readerOfA.get(blake).status()).isEqualTo(200);
    assertThat(careTeamOfA.get(blake).status()).isEqualTo(403);

    String token = ehrOfA.token;
    ehrOfA.token = null;
    var anonymous = ehrOfA.get(blake);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    ehrOfA.token = "not-a-token";
    assertThat(ehrOfA.get(blake).status()).isEqualTo(401);
    ehrOfA.token = token;
  }

  @Test
  void everyCallIsInTheClinicsTrailWithTheSystemAsActor() {
    ehrOfA.get("/clients/" + blakeOfA.getId());
    readerOfA.post("/clients", "{\"displayName\": \"X\", \"legalName\": \"Y\"}", Map.of());
    var trail =
        clinics.asClinicA(
            () ->
                fixtures.as(
                    fixtures.admin("Audrey Auditor").getId(),
                    () -> audit.search(AuditFilter.any(), 0, 200)));
    assertThat(trail)
        .filteredOn(e -> e.getAction() == AuditAction.API_REQUEST)
        .extracting(e -> e.getActor() + " " + e.getObjectType() + " " + e.getOutcome())
        .contains(
            "API client Riverside EHR GET /clients/{id} SUCCESS",
            "API client Riverside billing POST /clients DENIED");
    assertThat(trail)
        .filteredOn(e -> e.getAction() == AuditAction.CLIENT_VIEWED)
        .extracting(e -> e.getActor())
        .contains("API client Riverside EHR");
  }

  @Test
  void aRunawayLoopIsSlowedWithRetryAfter() {
    int refused = 0;
    String retryAfter = null;
    for (int i = 0; i < 60 && refused == 0; i++) {
      var reply = readerOfA.get("/clients?limit=1");
      if (reply.status() == 429) {
        refused++;
        retryAfter = reply.header("Retry-After");
      }
    }
    assertThat(refused).isEqualTo(1);
    assertThat(Integer.parseInt(retryAfter)).isPositive();
  }

  /** The group's next session, moved two days into the past: attendance is taken once held. */
  private UUID heldSession() {
    return clinics.asClinicA(
        () -> {
          var session = sessions.ofGroup(groupOfA, Instant.now(), 1).getFirst();
          new ClinicPast(dataSource, clinics.clinicA()).held(session, Duration.ofDays(2));
          return session.getId();
        });
  }

  private static List<String> fieldsOf(ClinicSystem.Reply reply) {
    return reply.json().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field"))
        .toList();
  }

  private void register(Account admin, ClinicSystem system, String name, String scopes) {
    system.keys.clientId =
        fixtures
            .as(
                admin.getId(),
                () ->
                    apiClients.save(
                        null,
                        new ApiClientDetails(
                            name,
                            "Riverside Recovery",
                            null,
                            system.keys.publicJwks(),
                            Set.of(scopes.split(" ")))))
            .getId();
  }
}
