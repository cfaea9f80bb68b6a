package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Harbor Light's admin connects Zoom; Taylor's Join link carries their key; Zoom (played here by a
 * signed post to the address the settings page shows) reports Taylor joining; the facilitator sees
 * it on the roster as reported by the video service and confirms it with one click.
 */
class VideoAttendanceBrowserIT extends PortalBrowserTest {

  private static final ZoneId HARBOR = ZoneId.of("America/New_York");
  private static final String CLINIC = "harbor-light";
  private static final String GROUP = "Evening SMART Recovery";
  private static final String CLIENT = "Taylor B.";
  private static final String SECRET = "harbor-light-zoom-secret-token";

  @Test
  void aJoinZoomReportsIsConfirmedFromTheRoster() throws Exception {
    var admin = browsers.open();
    // PasswordBrowserIT resets this admin's password, and the suite runs in no fixed order.
    var login = new LoginPage(admin, portal);
    if (!login.attempt(CLINIC, PasswordBrowserIT.ADMIN, LoginPage.DEMO_PASSWORD)) {
      login.signInWith(CLINIC, PasswordBrowserIT.ADMIN, PasswordBrowserIT.NEW_PASSWORD);
    }
    admin.go(portal.url("/settings"));
    admin.click(By.id("video-kind"));
    admin.click(By.xpath("//vaadin-select-item[normalize-space()='Zoom']"));
    admin.type(By.cssSelector("#video-secret input"), SECRET);
    admin.click(By.id("save-video-service"));
    admin.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Video service saved')]"));
    String receiver =
        admin.find(By.cssSelector("#video-receiver-url input")).getDomProperty("value");
    assertThat(receiver).contains("/video-events/").endsWith("/zoom");
    admin.screenshot("video-service-settings");

    var staff = browsers.open();
    new LoginPage(staff, portal).signIn(CLINIC, "clinician@harborlight.example");
    var soon = LocalDateTime.now(HARBOR).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    soon = soon.plusMinutes(5 - soon.getMinute() % 5);
    GroupPage.open(staff, portal, GROUP).openSession(0).moveTo(soon);
    String sessionAddress = staff.driver.getCurrentUrl();

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn(CLINIC, "client@harborlight.example");
    var home = new MyGroupsPage(phone);
    home.acceptGroundRulesIfAsked(GROUP);
    String joinLink = home.meetingAddress(GROUP);
    String key = parameter(joinLink, "customer_key");

    var reported = zoomJoin(portal.url(URI.create(receiver).getPath()), key);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);

    // Staff sessions idle out after a minute in these tests: the facilitator signs in afresh.
    var facilitator = browsers.open();
    new LoginPage(facilitator, portal).signIn(CLINIC, "clinician@harborlight.example");
    facilitator.go(sessionAddress);
    var session = new SessionPage(facilitator);
    assertThat(session.rosterRow(CLIENT)).contains("reported by the video service · confirm");
    ((JavascriptExecutor) facilitator.driver)
        .executeScript(
            "arguments[0].scrollIntoView()", facilitator.find(By.id("confirm-video-report")));
    facilitator.screenshot("roster-with-video-report");
    facilitator.click(By.id("confirm-video-report"));
    facilitator.waitFor(
        By.xpath(
            "//vaadin-notification-card[contains(., \"video service's report is confirmed\")]"));
    assertThat(session.rosterRow(CLIENT)).doesNotContain("reported by the video service");
  }

  /** Zoom's participant_joined for the key, signed as Zoom signs with the app's secret token. */
  private static HttpResponse<String> zoomJoin(String url, String key)
      throws IOException, InterruptedException {
    String body =
        "{\"event\":\"meeting.participant_joined\",\"event_ts\":"
            + Instant.now().toEpochMilli()
            + ",\"payload\":{\"object\":{\"id\":\"85012345678\",\"uuid\":\"hl-evening==\","
            + "\"participant\":{\"id\":\"p-taylor\",\"user_name\":\"Taylor\",\"customer_key\":\""
            + key
            + "\",\"join_time\":\""
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + "\"}}}}";
    long ts = Instant.now().getEpochSecond();
    String signature = "v0=" + HexFormat.of().formatHex(hmac("v0:" + ts + ":" + body));
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("x-zm-request-timestamp", "" + ts)
            .header("x-zm-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] hmac(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String parameter(String link, String name) {
    return Arrays.stream(URI.create(link).getRawQuery().split("&"))
        .filter(pair -> pair.startsWith(name + "="))
        .map(pair -> pair.substring(name.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " in " + link));
  }
}
