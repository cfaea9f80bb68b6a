package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The clinic's week of sessions, and a clinician's calendar subscription link: it serves their
 * sessions to an app that cannot sign in, and dies when replaced or turned off. A peer mentor who
 * leads a group sees that group's sessions and takes their roster, nothing else of the clinic.
 */
class CalendarBrowserIT extends PortalBrowserTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void weekShowsTheClinicsSessionsAndTheFeedLinkCanBeReplacedAndTurnedOff() throws Exception {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");
    browser.go(portal.url("/schedule"));
    // The demo's Tuesday and Thursday group has sessions in any full week from next week on.
    showNextWeek(browser);
    browser.waitFor(By.xpath("//*[@id='week']//a[contains(., 'Evening SMART Recovery')]"));
    browser.screenshot("week-calendar");

    String first = makeLink(browser, "calendar-feed-renew");
    var response = get(first);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/calendar");
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(response.body())).getComponents("VEVENT");
    assertThat(events)
        .extracting(event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .contains("Evening SMART Recovery", "Family group")
        .doesNotContain("Sunday 12-step circle");

    browser.go(portal.url("/schedule"));
    String second = makeLink(browser, "calendar-feed-renew");
    assertThat(second).isNotEqualTo(first);
    assertThat(get(first).statusCode()).isEqualTo(404);
    assertThat(get(second).statusCode()).isEqualTo(200);

    browser.go(portal.url("/schedule"));
    browser.click(By.id("calendar-feed-revoke"));
    browser.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Turn off']"));
    browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Make a calendar link']"));
    assertThat(get(second).statusCode()).isEqualTo(404);
    assertThat(get(portal.url("/calendar/riverside/not-a-real-token-at-all-000.ics")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPeerMentorWhoLeadsAGroupOpensOnlyTheirOwnSessions() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "mentor@riverside.example");
    browser.go(portal.url("/schedule"));
    showNextWeek(browser);
    // The demo mentor leads the Sunday circle; the clinic's other groups are not theirs to see.
    var sunday = By.xpath("//*[@id='week']//a[contains(., 'Sunday 12-step circle')]");
    browser.waitFor(sunday);
    assertThat(browser.driver.findElements(By.xpath("//*[@id='week']//a"))).hasSize(1);

    browser.click(sunday);
    browser.waitFor(By.id("session-title"));
    browser.screenshot("mentor-session");
    assertThat(browser.find(By.id("session-title")).getText()).isEqualTo("Sunday 12-step circle");
    assertThat(browser.find(By.id("roster")).getText()).contains("Attendance");
    assertThat(browser.driver.findElements(By.id("move-session"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("session-roster"))).isEmpty();

    // A deep link to a session they do not lead: the portal's own page, with no exception text.
    browser.go(sessionOfAnotherGroup());
    browser.waitFor(By.id("not-open-to-you"));
    browser.screenshot("mentor-other-session");
    assertThat(browser.find(By.tagName("body")).getText())
        .contains("Only the session's facilitators open it.")
        .doesNotContain("Exception")
        .doesNotContain("org.aftercare");
  }

  /** The address of a session of the Tuesday and Thursday group, as a clinician's week shows it. */
  private String sessionOfAnotherGroup() {
    var clinician = browsers.open();
    new LoginPage(clinician, portal).signIn("riverside", "clinician@riverside.example");
    clinician.go(portal.url("/schedule"));
    showNextWeek(clinician);
    var smart = By.xpath("//*[@id='week']//a[contains(., 'Evening SMART Recovery')]");
    clinician.waitFor(smart);
    return clinician.find(smart).getDomProperty("href");
  }

  /**
   * Next week, once it shows: this week's view holds links of the same groups, which are replaced
   * while a test would click them.
   */
  private static void showNextWeek(Browser browser) {
    var title = By.id("week-title");
    String thisWeek = browser.find(title).getText();
    browser.click(By.id("week-next"));
    browser
        .waiting(Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.textToBe(title, thisWeek)));
  }

  private static String makeLink(Browser browser, String button) {
    browser.click(By.id(button));
    return browser.find(By.cssSelector("#calendar-feed-url input")).getDomProperty("value");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
