package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A flag becomes work for the right person: each demo clinic's slipping mentee (Jordan M. at
 * Riverside, Jamie K. at Harbor Light, who checked in with craving 8) is the first thing the demo
 * mentor sees, due today; marking it done with an outcome takes it off the list, snoozing it needs
 * a reason and shows until when.
 */
class OutreachBrowserIT extends PortalBrowserTest {

  private static final String SLIPPING = "Jordan M.";

  @Test
  void theMentorSeesTheFollowUpFirstAndMarksItDone() {
    var mentor = staffBrowser("mentor@riverside.example");

    var page = MenteesPage.open(mentor, portal);

    assertThat(page.firstSection()).isEqualTo("Follow-ups");
    assertThat(page.followUps()).contains(SLIPPING);
    assertThat(page.followUp(SLIPPING)).contains("High craving").contains("due today");
    mentor.screenshot("mentor-follow-ups");

    page.markDone(SLIPPING, "Left message", "Voicemail; will try again after work.");

    assertThat(page.followUps()).doesNotContain(SLIPPING);
    mentor.screenshot("mentor-follow-up-done");
  }

  /**
   * Harbor Light's mentor puts Jamie K.'s follow-up off; without a reason the dialog asks for one.
   */
  @Test
  void theMentorSnoozesAFollowUpOnlyWithAReason() {
    var mentor = browsers.open();
    new LoginPage(mentor, portal).signIn("harbor-light", "mentor@harborlight.example");
    var page = MenteesPage.open(mentor, portal);

    assertThat(page.snooze("Jamie K.", "")).isEqualTo("Say why this can wait.");
    assertThat(page.followUp("Jamie K.")).contains("due today");
    page.snooze("Jamie K.", "Jamie asked to talk tomorrow evening");

    assertThat(page.followUp("Jamie K."))
        .contains("snoozed until")
        .contains("Jamie asked to talk tomorrow evening");
    mentor.screenshot("mentor-follow-up-snoozed");
  }
}
