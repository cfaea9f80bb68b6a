package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Nobody drops out quietly: a client checks in to a session from a phone, reports craving 9 and
 * asks for support; the facilitator confirms the roster; the mentor sees the alert and the flag and
 * logs a contact; the clinician finds the client at the top of the dashboard.
 */
class EngagementBrowserIT extends PortalBrowserTest {

  private static final ZoneId RIVERSIDE = ZoneId.of("America/Chicago");
  private static final String GROUP = "Evening SMART Recovery";
  private static final String CLIENT = "Alex R.";

  @Test
  void aClientInTroubleReachesTheirMentorAndTheClinician() {
    var staff = staffBrowser("clinician@riverside.example");
    // Bring the demo group's next session into its check-in window.
    var soon = LocalDateTime.now(RIVERSIDE).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    soon = soon.plusMinutes(5 - soon.getMinute() % 5);
    var session = GroupPage.open(staff, portal, GROUP).openSession(0).moveTo(soon);
    String sessionAddress = staff.driver.getCurrentUrl();

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var home = new MyGroupsPage(phone);
    home.acceptGroundRulesIfAsked(GROUP);
    home.checkIn(2, 9, false);
    assertThat(home.streak()).isEqualTo("1");
    String help = home.needSupport();
    assertThat(help).contains("on call").contains("988");
    phone.screenshot("client-asked-for-support-phone");
    home.closeDialog();
    home.join(GROUP);
    phone.waitFor(By.xpath("//vaadin-notification-card[contains(., 'checked in')]"));

    // Staff sessions idle out after a minute in these tests, and the phone's part can take longer
    // under load: the facilitator signs in again, as after a break, rather than wait.
    var facilitator = staffBrowser("clinician@riverside.example");
    facilitator.go(sessionAddress);
    session = new SessionPage(facilitator);
    assertThat(session.rosterRow(CLIENT)).contains("checked in themselves");
    session
        .mark(CLIENT, "Present")
        .mark("Jordan M.", "Absent")
        .excuse("Sam T.", "Night shift")
        .mark("Casey L.", "Late")
        .saveRoster();
    assertThat(session.rosterRow(CLIENT)).doesNotContain("checked in themselves");
    facilitator.screenshot("roster-saved");

    var mentorBrowser = staffBrowser("mentor@riverside.example");
    mentorBrowser.go(portal.url("/mentees"));
    assertThat(mentorBrowser.find(By.id("open-alerts")).getText()).contains(CLIENT);
    var card = By.cssSelector(".aftercare-group-card[data-client='" + CLIENT + "']");
    assertThat(mentorBrowser.find(card).getText()).contains("Craving 9 of 10");
    mentorBrowser.click(
        By.cssSelector(
            ".aftercare-group-card[data-client='" + CLIENT + "'] vaadin-button.log-contact"));
    mentorBrowser.type(
        By.cssSelector("#contact-note textarea"), "Called; talked through the evening plan.");
    mentorBrowser.click(By.id("save-contact"));
    mentorBrowser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Contact logged')]"));
    assertThat(mentorBrowser.find(card).getText()).contains("talked through the evening plan");
    mentorBrowser.screenshot("mentor-dashboard");

    var clinician = staffBrowser("clinician@riverside.example");
    clinician.go(portal.url("/dashboard"));
    var first = clinician.find(By.cssSelector("#flagged-clients .aftercare-roster-row"));
    assertThat(first.getDomAttribute("data-client")).isEqualTo(CLIENT);
    assertThat(first.getText()).contains("Craving 9 of 10");
    assertThat(clinician.find(By.id("open-alerts")).getText()).contains(CLIENT);
    clinician.screenshot("clinician-dashboard");
  }
}
