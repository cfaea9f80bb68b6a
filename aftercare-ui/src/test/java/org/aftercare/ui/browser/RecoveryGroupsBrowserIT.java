package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The recovery-groups story end to end: a clinician sets up a weekly SMART group of three seats,
 * enrols four (one waits), cancels one session and moves another to just ahead; the client, on a
 * phone-sized screen, accepts the ground rules, can join only the session whose window is open, and
 * downloads their sessions as an iCalendar file.
 */
class RecoveryGroupsBrowserIT extends PortalBrowserTest {

  private static final ZoneId RIVERSIDE = ZoneId.of("America/Chicago");

  @Test
  void clinicianRunsAGroupAndAClientJoinsFromAPhone() throws Exception {
    String group = "SMART skills " + UUID.randomUUID().toString().substring(0, 6);
    var staff = browsers.open();
    new LoginPage(staff, portal).signIn("riverside", "clinician@riverside.example");

    var editor =
        new GroupEditorPage(staff, portal)
            .describe(group, 3, "Cameras optional. What is said here stays here.", "Clinic Admin");
    assertThat(editor.scheduleSummary()).contains("at 18:00 (America/Chicago), 90 min");
    GroupPage page = editor.save();
    assertThat(page.schedule()).startsWith("Every ").contains("18:00 (America/Chicago)");

    for (String client : List.of("Alex R.", "Jordan M.", "Sam T.")) {
      assertThat(page.enrol(client)).contains("is enrolled");
    }
    assertThat(page.enrol("Casey L.")).contains("waitlist");
    assertThat(page.placeOf("Casey L.")).isEqualTo("Waitlist");
    assertThat(page.placeOf("Sam T.")).isEqualTo("Enrolled");

    page.openSession(0).cancel("Facilitator is ill; see you next week.");
    // Five to ten minutes ahead: inside the client's Join window, which opens 10 minutes before.
    var soon = LocalDateTime.now(RIVERSIDE).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    soon = soon.plusMinutes(5 - soon.getMinute() % 5);
    var moved = page.openSession(1).moveTo(soon);
    assertThat(moved.when()).contains(String.format("%02d:%02d", soon.getHour(), soon.getMinute()));
    staff.screenshot("group-session-moved");

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    assertThat(phone.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
    var myGroups = new MyGroupsPage(phone);
    assertThat(phone.find(By.id("clinic-welcome")).isDisplayed()).isTrue();
    List<WebElement> before = myGroups.sessions(group);
    assertThat(before.getFirst().getText()).contains("Accept the ground rules first");
    assertThat(before.getFirst().findElements(By.cssSelector("a.aftercare-join"))).isEmpty();

    myGroups.acceptGroundRules(group);
    List<WebElement> sessions = myGroups.sessions(group);
    assertThat(sessions.get(0).findElements(By.cssSelector("a.aftercare-join"))).hasSize(1);
    // From the clinic's template (another test may change its wording, not its host).
    assertThat(myGroups.meetingAddress(group))
        .startsWith("https://meet.example.org/")
        .doesNotContain("{group}");
    assertThat(sessions.get(1).getText()).contains("Cancelled: Facilitator is ill");
    WebElement later = sessions.get(2);
    assertThat(later.getText()).contains("Opens at");
    assertThat(later.findElements(By.cssSelector("a.aftercare-join"))).isEmpty();
    assertThat(later.findElement(By.cssSelector("vaadin-button")).getDomAttribute("disabled"))
        .isNotNull();
    phone.screenshot("client-my-groups-phone");

    String file = download(phone, myGroups);
    assertThat(file).doesNotContain("Riverside");
    Calendar calendar = new CalendarBuilder().build(new StringReader(file));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            event ->
                assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Aftercare session"));
    assertThat(events)
        .anySatisfy(
            event ->
                assertThat(event.getProperty(Property.STATUS).map(Property::getValue))
                    .contains("CANCELLED"));
  }

  /** Fetches the calendar file with the client's session cookie, as the browser would. */
  private String download(Browser browser, MyGroupsPage page) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(page.calendarFileAddress()))
                    .header("Cookie", "JSESSIONID=" + browser.sessionId())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
    assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
    return response.body();
  }

  /** A clinic admin runs the groups' schedules but is shown no member or attendance. */
  @Test
  void aClinicAdminSeesTheGroupButNotItsMembers() {
    var admin = browsers.open();
    new LoginPage(admin, portal).signIn("riverside", "admin@riverside.example");

    GroupPage.open(admin, portal, "Evening SMART Recovery");

    admin.waitFor(By.id("members-for-clinicians"));
    admin.screenshot("admin-group");
    assertThat(admin.driver.findElements(By.id("group-members"))).isEmpty();
    assertThat(admin.driver.findElements(By.id("enrol-client"))).isEmpty();
  }
}
