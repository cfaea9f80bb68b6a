package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A flag becomes work for the right person: the demo's slipping mentee (Jordan M., who checked in
 * with craving 8) is the first thing the demo mentor sees, due today; marking it done with an
 * outcome takes it off the list.
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
}
