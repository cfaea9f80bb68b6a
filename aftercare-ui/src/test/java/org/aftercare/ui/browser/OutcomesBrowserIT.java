package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinician reads Riverside's outcomes: the demo clinic's clients enrolled, its mentor's
 * caseload, the charts' text alternatives, and the same figures in the CSV; a period with nothing
 * in it shows an empty state, a period too long an error at the field. A mentor has no outcomes
 * screen.
 */
class OutcomesBrowserIT extends PortalBrowserTest {

  @Test
  void clinicianSeesTheDemoClinicsOutcomesAndDownloadsThem() {
    var browser = browsers.open();
    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");
    assertThat(clinician.menu()).contains("Outcomes");

    var outcomes = clinician.openOutcomes();

    String clients = outcomes.figure("outcome-clients");
    assertThat(Integer.parseInt(clients)).isPositive();
    assertThat(outcomes.chartRole("outcome-chart")).isEqualTo("img");
    assertThat(outcomes.chartLabel("outcome-chart"))
        .startsWith("Outcomes: Still attending at day 30 ")
        .contains("PHQ-9 down ≥ 5 points");
    assertThat(outcomes.mentorCells()).contains("Pat Mentor");
    browser.screenshot("outcomes");
    List<String> csv = outcomes.downloadCsv().lines().toList();
    assertThat(csv.getFirst()).isEqualTo("section,item,count,of,percent");
    assertThat(csv)
        .contains(
            "report,scope,Whole clinic,,", "clients,enrolled in the period," + clients + ",,");
    assertThat(csv).anyMatch(line -> line.startsWith("mentor caseload,Pat Mentor,"));
  }

  @Test
  void aPeriodWithNothingInItShowsAnEmptyStateAndTooLongAPeriodAnError() {
    var browser = browsers.open();
    var outcomes =
        new LoginPage(browser, portal)
            .signIn("riverside", "admin@riverside.example")
            .openOutcomes();
    LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));

    outcomes.from(today.minusYears(3));

    assertThat(outcomes.errorAt("outcomes-from")).isEqualTo("Choose a period of at most a year.");

    outcomes.to(today.minusYears(3).plusDays(30));

    assertThat(outcomes.emptyState()).startsWith("No client was enrolled here in this period");
    browser.screenshot("outcomes-empty");
  }

  @Test
  void mentorHasNoOutcomesScreen() {
    var browser = browsers.open();
    var mentor = new LoginPage(browser, portal).signIn("riverside", "mentor@riverside.example");

    assertThat(mentor.menu()).doesNotContain("Outcomes");
    browser.go(portal.url("/outcomes"));
    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }
}
