package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Safety in a live session, end to end at Harbor Light: a clinician sets up a group led by the peer
 * mentor and brings its first session into the Join window; the client's Join leads to the meeting;
 * the mentor, facilitating, removes the client from that session with a note (after the
 * confirmation, which refuses an empty note at the field), and the very link the client's page
 * already holds now leads back home, where the session says they were taken out. The client then
 * reports a concern about the session from their phone and sees it was received; a clinician finds
 * it among the open concerns and on the session's page, and marks it handled.
 *
 * <p>The group is the test's own (random name), led by Harbor Light's mentor, whom no other browser
 * test books into a session moved to the next minutes.
 */
class SessionSafetyBrowserIT extends PortalBrowserTest {

  private static final String CLINIC = "harbor-light";
  private static final String CLIENT = "Taylor B.";
  private static final ZoneId HARBOR = ZoneId.of("America/New_York");

  @Test
  void facilitatorRemovesAClientFromALiveSessionAndTheClientReportsAConcern() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String group = "Safety circle " + run;
    var clinician = browsers.open();
    new LoginPage(clinician, portal).signIn(CLINIC, "clinician@harborlight.example");
    GroupPage page =
        new GroupEditorPage(clinician, portal)
            .describe(group, 4, "Cameras on. What is said here stays here.", "Pat Mentor")
            .save();
    assertThat(page.enrol(CLIENT)).contains("is enrolled");
    var soon = LocalDateTime.now(HARBOR).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    soon = soon.plusMinutes(5 - soon.getMinute() % 5);
    page.openSession(0).moveTo(soon);
    String sessionAddress = clinician.driver.getCurrentUrl();

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn(CLINIC, "client@harborlight.example");
    var home = new MyGroupsPage(phone);
    home.acceptGroundRulesIfAsked(group);
    String join = home.joinAddress(group);
    assertThat(join).contains("/join/");
    assertThat(home.meetingAddress(group)).startsWith("https://");

    var mentor = browsers.open();
    var mentorHome = new LoginPage(mentor, portal).signIn(CLINIC, "mentor@harborlight.example");
    assertThat(mentorHome.menu()).as("concerns are clinicians'").doesNotContain("Session concerns");
    mentor.go(sessionAddress);
    mentor.waitFor(By.id("session-participants"));
    var session = new SessionPage(mentor);
    assertThat(session.participant(CLIENT)).contains("May join");
    String refusal = session.removeWithNote(CLIENT, "Came in intoxicated; called them after.");
    assertThat(refusal).contains("Write what happened");
    assertThat(session.participant(CLIENT))
        .contains("Removed from this session")
        .contains("Came in intoxicated");
    assertThat(session.rosterRow(CLIENT)).contains("Removed from this session");
    mentor.screenshot("facilitator-removed-a-client");

    assertThat(phone.redirectOf(join)).as("the link the open page holds").endsWith("/home");
    phone.go(portal.url("/home"));
    home = new MyGroupsPage(phone);
    var rows = home.sessions(group);
    assertThat(rows.getFirst().getText()).contains("taken you out of this session");
    assertThat(rows.getFirst().findElements(By.cssSelector("a.aftercare-join"))).isEmpty();
    assertThat(rows.get(1).getText()).doesNotContain("taken you out");

    assertThat(home.reportConcern(group, " ")).contains("Write in a few words");
    phone.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Cancel']"));
    String concern = "Another member was pressured to leave the call. " + run;
    assertThat(home.reportConcern(group, concern)).isEmpty();
    assertThat(home.concernReceipts(group)).singleElement().asString().contains("was received");
    phone.screenshot("client-reported-a-concern-phone");

    // Staff sessions idle out after a minute in these tests: the clinician signs in afresh.
    var desk = browsers.open();
    new LoginPage(desk, portal).signIn(CLINIC, "clinician@harborlight.example");
    desk.go(portal.url("/concerns"));
    desk.waitFor(By.id("concerns-title"));
    By line = By.xpath("//*[contains(@class, 'aftercare-concern')][contains(., '" + run + "')]");
    assertThat(desk.find(line).getText()).contains(CLIENT).contains(group);
    desk.go(sessionAddress);
    assertThat(new SessionPage(desk).concerns()).contains(concern);
    desk.click(
        By.xpath("//*[@id='session-concerns']//vaadin-button[contains(@class, 'handle-concern')]"));
    desk.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Marked handled')]"));
    desk.go(portal.url("/concerns"));
    desk.waitFor(By.id("concerns-title"));
    assertThat(desk.driver.findElements(line)).isEmpty();

    phone.go(portal.url("/home"));
    home = new MyGroupsPage(phone);
    assertThat(home.concernReceipts(group))
        .singleElement()
        .asString()
        .contains("A clinician has followed up");
  }
}
