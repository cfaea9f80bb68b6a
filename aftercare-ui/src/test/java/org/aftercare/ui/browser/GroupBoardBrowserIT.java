package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A group's board between sessions, on two clients' phones and the facilitator's desk: the demo
 * client accepts the code of conduct and posts; an overlong post and a post with a link are refused
 * at the writing box, and markup is shown as the characters typed. A second client of the same
 * group reports the post; the facilitator hides it from "Reports to review"; it disappears from the
 * first client's open board without a reload, and the reporter is told what was done. The second
 * client turns on the boards' morning e-mail on their home page and shares the 30 days they reach
 * today on the group's board.
 */
class GroupBoardBrowserIT extends PortalBrowserTest {

  private static final String GROUP = "Evening SMART Recovery";
  private static final String PASSWORD = "one day at a time, every day";

  @Test
  void aPostReportedByAMemberAndHiddenByTheFacilitatorIsGoneForTheMembers() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String robin = "Robin " + run;
    String robinEmail = "robin-" + run + "@example.org";
    var desk = staffBrowser("clinician@riverside.example");
    // Robin's recovery started 30 days ago in the clinic's zone: today is a milestone.
    LocalDate thirtyDaysAgo = LocalDate.now(ZoneId.of("America/Chicago")).minusDays(30);
    new HomePage(desk, portal).openClients().add(robin, "Robin Example", robinEmail, thirtyDaysAgo);
    desk.click(By.id("invite-client"));
    String link = portal.linkMailedTo(robinEmail);
    GroupPage.open(desk, portal, GROUP).enrol(robin);

    var alexPhone = browsers.openPhone(390, 844);
    new LoginPage(alexPhone, portal).signIn("riverside", "client@riverside.example");
    var alex = GroupBoardPage.fromHome(alexPhone, GROUP);
    assertThat(alex.title()).isEqualTo(GROUP);
    alexPhone.screenshot("board-code-of-conduct-phone");
    alex.acceptConduct();

    alex.post("x".repeat(2100));
    assertThat(alex.errorAtText("2000 characters")).startsWith("Keep a post to 2000 characters");
    alexPhone.screenshot("board-overlong-post-refused-phone");
    alex.post("Meet me at www.example.com tonight");
    assertThat(alex.errorAtText("Links")).startsWith("Links are not allowed on this board");
    String markup = "<b>Day 31</b> <script>alert('x')</script> & still going";
    alex.post(markup);
    var shown = alex.postWithText(markup);
    assertThat(shown.findElements(By.tagName("b"))).isEmpty();
    assertThat(shown.findElements(By.tagName("script"))).isEmpty();
    assertThat(GroupBoardPage.textOf(shown)).contains("Alex R.").doesNotContain("Alexandra Reyes");
    alexPhone.screenshot("board-post-as-text-phone");

    var robinPhone = browsers.openPhone(390, 844);
    new InvitationPage(robinPhone, link).choosePassword(PASSWORD);
    new LoginPage(robinPhone, portal).signInWith("riverside", robinEmail, PASSWORD);
    // Robin asks for the boards' morning e-mail at home; the switch stays on at the next visit.
    robinPhone.click(By.cssSelector("#board-digest input"));
    robinPhone.waitFor(By.cssSelector("#board-digest[checked]"));
    robinPhone.go(portal.url("/home"));
    robinPhone.waitFor(By.cssSelector("#board-digest[checked]"));
    var robinsBoard = GroupBoardPage.fromHome(robinPhone, GROUP).acceptConduct();
    // Back home, Robin tells the group of the milestone; the card then says where it went.
    robinPhone.go(portal.url("/home"));
    robinPhone.click(By.id("milestone-share-button"));
    robinPhone.waitFor(
        By.xpath(
            "//*[@id='milestone-share']//p[normalize-space()='Shared on the board of "
                + GROUP
                + ".']"));
    robinPhone.screenshot("board-milestone-shared-phone");
    assertThat(alex.postWithText("I reached 30 days in my recovery.")).isNotNull();
    robinsBoard = GroupBoardPage.fromHome(robinPhone, GROUP);
    robinsBoard.report(robinsBoard.postWithText(markup), "This is not kind");
    assertThat(robinsBoard.myReports()).contains("not looked at it yet");
    robinPhone.screenshot("board-reported-phone");

    // Staff sessions idle out after 30 seconds in the tests: the facilitator signs in afresh.
    desk = staffBrowser("clinician@riverside.example");
    GroupPage.open(desk, portal, GROUP);
    var facilitator = GroupBoardPage.fromGroupPage(desk);
    facilitator.hideReported(markup);
    desk.screenshot("board-facilitator-desktop");

    alex.waitUntilGone(markup);
    assertThat(alex.postTexts()).doesNotContain(markup);
    alexPhone.screenshot("board-after-hiding-phone");
    assertThat(robinsBoard.myReportsOnceThey("hid the post"))
        .contains("A facilitator hid the post.");
    assertThat(robinsBoard.postTexts()).doesNotContain(markup);
    robinPhone.screenshot("board-reporter-told-phone");
  }
}
