package org.aftercare.integrations.video;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.AttendanceSuggestion;
import org.aftercare.attendance.AttendanceSuggestions;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.MyGroups;
import org.aftercare.identity.Account;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.TwoClinics;
import org.aftercare.video.VideoProviderKind;
import org.aftercare.video.VideoProviders;
import org.aftercare.video.VideoSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The video services of two clinics post to the packaged portal over loopback, signing as Zoom and
 * as a Standard Webhooks sender do: the receiving address decides the clinic, only the clinic's
 * secret signs, a replay or a stale timestamp is refused, another clinic's participant is ignored,
 * a leave that arrives before its join counts the same, and the suggestions on the roster are
 * confirmed in one save that leaves the facilitator's own entries alone.
 */
@ExtendWith(ArquillianExtension.class)
class VideoAttendanceIT {

  private static final String ZOOM_SECRET = "zoom-secret-token-of-clinic-a";
  private static final String STANDARD_SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("clinic b's sixteen+ byte key".getBytes());

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @Inject ClinicFixtures fixtures;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject MyGroups myGroups;
  @Inject VideoProviders providers;
  @Inject AttendanceService attendance;
  @Inject AttendanceSuggestions suggestions;
  @Inject AuditService audit;
  @Inject HttpServletRequest runnerRequest;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  private final HttpClient http = HttpClient.newHttpClient();
  private TwoClinics clinics;
  private Clinic a;
  private Clinic b;

  /** One clinic's side of the test: its people, the group's session, and the address to post to. */
  private record Clinic(
      Account admin,
      Account clinician,
      GroupSession session,
      String receiver,
      Map<String, Client> clients,
      Map<String, String> keys) {

    Instant at(int minutesAfterStart) {
      return session.getStartsAt().plus(Duration.ofMinutes(minutesAfterStart));
    }
  }

  /**
   * Clinic A meets on Zoom with Alex, Blake, Casey, Dana and Erin; clinic B uses a Standard
   * Webhooks sender with Finn. Each client opens their Join link while the session runs; then the
   * session is moved back so that it ended half an hour ago.
   */
  @BeforeEach
  void twoClinicsWithTheirVideoServices() {
    clinics = TwoClinics.register(clinicRecords, tenantContext);
    a =
        clinics.asClinicA(
            () ->
                meeting(
                    clinics.clinicA(),
                    new VideoSettings(VideoProviderKind.ZOOM, ZOOM_SECRET, 5),
                    "https://zoom.example/j/81234567890?pwd=abc",
                    "Alex P.",
                    "Blake Q.",
                    "Casey R.",
                    "Dana S.",
                    "Erin T."));
    b =
        clinics.asClinicB(
            () ->
                meeting(
                    clinics.clinicB(),
                    new VideoSettings(VideoProviderKind.STANDARD_WEBHOOKS, STANDARD_SECRET, 5),
                    "https://meet.example/harbor-tuesday",
                    "Finn U."));
  }

  @Test
  void joinLinksCarryEachEnrolmentsKeyInTheProvidersParameter() {
    assertThat(a.keys().values()).doesNotHaveDuplicates().allMatch(key -> key.length() >= 20);
    assertThat(a.keys()).doesNotContainKey(null);
    assertThat(b.keys().get("Finn U.")).isNotBlank();
    long sealed =
        new ClinicRows(dataSource, clinics.clinicA())
            .count(
                "select count(*) from video_provider where secret like 'v1:%'"
                    + " and position(? in secret) = 0",
                ZOOM_SECRET);
    assertThat(sealed).as("the secret is stored sealed").isEqualTo(1);
  }

  @Test
  void signedJoinsAndLeavesBecomeSuggestionsConfirmedInOneSave() {
    // Alex's leave reaches us before their join.
    assertThat(zoom(a, "meeting.participant_left", "Alex P.", a.at(89)).statusCode())
        .isEqualTo(200);
    assertThat(zoom(a, "meeting.participant_joined", "Alex P.", a.at(2)).statusCode())
        .isEqualTo(200);
    assertThat(zoom(a, "meeting.participant_joined", "Blake Q.", a.at(0)).statusCode())
        .isEqualTo(200);
    zoom(a, "meeting.participant_joined", "Dana S.", a.at(1));
    zoom(a, "meeting.participant_left", "Dana S.", a.at(30));
    zoom(a, "meeting.participant_joined", "Erin T.", a.at(20));
    asClinicianOfA(
        () ->
            attendance.saveRoster(
                a.session().getId(),
                List.of(
                    new RosterEntry(
                        a.clients().get("Blake Q.").getId(),
                        AttendanceStatus.EXCUSED,
                        "Called in sick",
                        -1))));

    Map<String, AttendanceStatus> suggested = suggestedIn(a);

    assertThat(suggested)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Alex P.", AttendanceStatus.PRESENT,
                "Casey R.", AttendanceStatus.ABSENT,
                "Dana S.", AttendanceStatus.LEFT_EARLY,
                "Erin T.", AttendanceStatus.LATE));

    List<Attendance> saved = asClinicianOfA(() -> suggestions.confirm(a.session().getId()));

    assertThat(saved).hasSize(4);
    assertThat(recordedIn(a))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Alex P.", AttendanceStatus.PRESENT,
                "Blake Q.", AttendanceStatus.EXCUSED,
                "Casey R.", AttendanceStatus.ABSENT,
                "Dana S.", AttendanceStatus.LEFT_EARLY,
                "Erin T.", AttendanceStatus.LATE));
    assertThat(suggestedIn(a)).isEmpty();
    assertThat(trailOf(a))
        .contains(
            AuditAction.VIDEO_PRESENCE_REPORTED,
            AuditAction.VIDEO_ATTENDANCE_CONFIRMED,
            AuditAction.ATTENDANCE_RECORDED);
  }

  @Test
  void badStaleAndReplayedDeliveriesAreRefusedAndRecordNothing() {
    String body = zoomBody("meeting.participant_joined", a.keys().get("Alex P."), a.at(3));
    long now = Instant.now().getEpochSecond();

    var accepted = postZoom(a.receiver(), body, now, zoomSignature(ZOOM_SECRET, now, body));
    var replayed = postZoom(a.receiver(), body, now, zoomSignature(ZOOM_SECRET, now, body));
    var unsigned = postZoom(a.receiver(), body, now, "v0=" + "0".repeat(64));
    var signedByB = postZoom(a.receiver(), body, now, zoomSignature(STANDARD_SECRET, now, body));
    long stale = now - 6 * 60;
    var old = postZoom(a.receiver(), body, stale, zoomSignature(ZOOM_SECRET, stale, body));
    var nowhere =
        postZoom(
            a.receiver()
                .replaceAll("/video-events/[^/]+/", "/video-events/" + "x".repeat(22) + "/"),
            body,
            now,
            zoomSignature(ZOOM_SECRET, now, body));
    var wrongKind = post(a.receiver().replace("/zoom", "/standard"), body, Map.of());
    var fetched = get(a.receiver());
    String broken = "{\"event\": ";
    var malformed = postZoom(a.receiver(), broken, now, zoomSignature(ZOOM_SECRET, now, broken));

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(replayed.statusCode()).isEqualTo(409);
    assertThat(replayed.body()).contains("\"error\":\"replayed\"");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.body()).contains("invalid_signature").doesNotContain("Exception");
    assertThat(signedByB.statusCode()).isEqualTo(401);
    assertThat(old.statusCode()).isEqualTo(401);
    assertThat(old.body()).contains("5 minutes");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(wrongKind.statusCode()).isEqualTo(404);
    assertThat(fetched.statusCode()).isEqualTo(405);
    assertThat(fetched.body()).contains("method_not_allowed");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(presenceRows(clinics.clinicA())).isEqualTo(1);
  }

  @Test
  void anotherClinicsParticipantIsIgnoredAndEachClinicKeepsItsOwn() {
    var foreign = standard(b, "participant.joined", a.keys().get("Casey R."), b.at(3));
    var own = standard(b, "participant.joined", b.keys().get("Finn U."), b.at(0));
    var guest = zoom(a, "meeting.participant_joined", null, a.at(0));

    assertThat(foreign.statusCode()).isEqualTo(202);
    assertThat(foreign.body()).contains("ignored");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(guest.statusCode()).isEqualTo(202);
    assertThat(presenceRows(clinics.clinicA())).isZero();
    assertThat(presenceRows(clinics.clinicB())).isEqualTo(1);
    assertThat(
            clinics.asClinicB(
                () ->
                    fixtures.as(
                        b.clinician().getId(),
                        () -> suggestions.roster(b.session().getId()).suggestions().size())))
        .isEqualTo(1);
  }

  @Test
  void zoomsAddressCheckIsAnsweredOnlyUnderTheClinicsSecret() {
    String body =
        "{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"}}";
    long now = Instant.now().getEpochSecond();

    var answered = postZoom(a.receiver(), body, now, zoomSignature(ZOOM_SECRET, now, body));
    var refused = postZoom(a.receiver(), body, now, zoomSignature("not the secret", now, body));

    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body())
        .contains(
            "\"encryptedToken\":\""
                + HexFormat.of().formatHex(hmac(ZOOM_SECRET.getBytes(), "qgg8vlvZRS6UYooatFL8Aw"))
                + "\"");
    assertThat(refused.statusCode()).isEqualTo(401);
  }

  private Clinic meeting(UUID clinic, VideoSettings video, String link, String... names) {
    Account admin = fixtures.admin("Admin");
    Account clinician = fixtures.clinician("Facilitator");
    String receiverPath = fixtures.as(admin.getId(), () -> providers.save(video)).receiverPath();
    var group =
        groups.create(
            aGroup().named("Tuesday skills").withMeetingLink(link).build(),
            Set.of(clinician.getId()));
    GroupSession session = sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst();
    var past = new ClinicPast(dataSource, clinic);
    past.held(session, Duration.ofMinutes(30));
    var clients = new java.util.LinkedHashMap<String, Client>();
    var keys = new java.util.HashMap<String, String>();
    for (String name : names) {
      Client client = fixtures.client(name);
      clients.put(name, client);
      enrollments.enrol(group.getId(), client.getId(), false);
      Account login = fixtures.portalAccountFor(client);
      String joinLink =
          fixtures.as(
              login.getId(),
              () -> myGroups.joinLink(client.getId(), session.getId(), Instant.now()));
      keys.put(name, parameter(joinLink, video.kind().linkParameter()));
    }
    past.held(session, Duration.ofMinutes(120));
    return new Clinic(
        admin,
        clinician,
        sessions.find(session.getId()).orElseThrow(),
        "http://localhost:"
            + runnerRequest.getLocalPort()
            + runnerRequest.getContextPath()
            + receiverPath,
        clients,
        keys);
  }

  private Map<String, AttendanceStatus> suggestedIn(Clinic clinic) {
    var roster = asClinicianOfA(() -> suggestions.roster(clinic.session().getId()));
    return roster.lines().stream()
        .filter(line -> roster.suggestionFor(line.client().getId()).isPresent())
        .collect(
            Collectors.toMap(
                line -> line.client().getDisplayName(),
                line ->
                    roster
                        .suggestionFor(line.client().getId())
                        .map(AttendanceSuggestion::status)
                        .orElseThrow()));
  }

  private Map<String, AttendanceStatus> recordedIn(Clinic clinic) {
    return asClinicianOfA(() -> attendance.roster(clinic.session().getId())).stream()
        .filter(line -> line.recorded().isPresent())
        .collect(
            Collectors.toMap(
                line -> line.client().getDisplayName(), line -> line.recorded().get().getStatus()));
  }

  private List<AuditAction> trailOf(Clinic clinic) {
    return clinics.asClinicA(
        () ->
            fixtures.as(
                clinic.admin().getId(),
                () ->
                    audit.eventsFor(clinic.session().getId()).stream()
                        .map(AuditEvent::getAction)
                        .toList()));
  }

  private <T> T asClinicianOfA(java.util.function.Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(a.clinician().getId(), work));
  }

  private long presenceRows(UUID clinic) {
    return new ClinicRows(dataSource, clinic).count("select count(*) from video_presence");
  }

  /** A participant event as Zoom sends it, signed now with clinic A's secret token. */
  private HttpResponse<String> zoom(Clinic clinic, String event, String name, Instant at) {
    String body = zoomBody(event, name == null ? null : clinic.keys().get(name), at);
    long now = Instant.now().getEpochSecond();
    return postZoom(clinic.receiver(), body, now, zoomSignature(ZOOM_SECRET, now, body));
  }

  private static String zoomBody(String event, String key, Instant at) {
    String time = event.endsWith("joined") ? "join_time" : "leave_time";
    return "{\"event\":\""
        + event
        + "\",\"event_ts\":"
        + Instant.now().toEpochMilli()
        + ",\"payload\":{\"account_id\":\"acc-1\",\"object\":{\"id\":\"81234567890\","
        + "\"uuid\":\"4444AAAiAAAAAiAiAiiAii==\",\"topic\":\"Tuesday\",\"participant\":{"
        + "\"user_id\":\"16778240\",\"user_name\":\"Guest\",\"id\":\"p-"
        + UUID.randomUUID()
        + "\","
        + (key == null ? "" : "\"customer_key\":\"" + key + "\",")
        + "\""
        + time
        + "\":\""
        + at
        + "\"}}}}";
  }

  private HttpResponse<String> postZoom(String url, String body, long ts, String signature) {
    return post(url, body, Map.of("x-zm-request-timestamp", "" + ts, "x-zm-signature", signature));
  }

  private static String zoomSignature(String secret, long ts, String body) {
    return "v0=" + HexFormat.of().formatHex(hmac(secret.getBytes(), "v0:" + ts + ":" + body));
  }

  /** A participant event in the Standard Webhooks format, signed with clinic B's secret. */
  private HttpResponse<String> standard(Clinic clinic, String type, String key, Instant at) {
    String body =
        "{\"type\":\""
            + type
            + "\",\"timestamp\":\""
            + Instant.now()
            + "\",\"data\":{\"participant_key\":\""
            + key
            + "\",\"at\":\""
            + at
            + "\"}}";
    String id = "msg_" + UUID.randomUUID();
    long ts = Instant.now().getEpochSecond();
    byte[] key64 = Base64.getDecoder().decode(STANDARD_SECRET.substring("whsec_".length()));
    String signature =
        "v1," + Base64.getEncoder().encodeToString(hmac(key64, id + "." + ts + "." + body));
    return post(
        clinic.receiver(),
        body,
        Map.of("webhook-id", id, "webhook-timestamp", "" + ts, "webhook-signature", signature));
  }

  private HttpResponse<String> post(String url, String body, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String parameter(String link, String name) {
    return Arrays.stream(URI.create(link).getRawQuery().split("&"))
        .filter(pair -> pair.startsWith(name + "="))
        .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  private static byte[] hmac(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
