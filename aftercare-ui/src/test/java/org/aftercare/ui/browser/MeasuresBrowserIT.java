package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinician assigns the PHQ-9 on the client's record; the client answers it on a phone, every
 * question required, and an answer above "not at all" to item 9 brings up the crisis contacts at
 * once; the clinician then finds the result, its band and its trend on the record. The BAM asks
 * which drugs only after a day of drug use and shows its three scores; a clinician reading Spanish
 * reads them in Spanish.
 */
class MeasuresBrowserIT extends PortalBrowserTest {

  private static final String CLIENT = "Alex R.";

  @Test
  void clientAnsweringItemNineAboveNotAtAllSeesTheCrisisContactsAtOnce() {
    var clinician = staffBrowser("clinician@riverside.example");
    new HomePage(clinician, portal).openClients().open(CLIENT).assignOnce("PHQ-9");
    clinician.screenshot("measure-assigned");

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var measures = new MeasuresPage(phone).start("phq_9");
    var answers = new ArrayList<String>(Collections.nCopies(9, "Several days"));
    answers.set(3, null);
    answers.set(8, "Several days");
    measures.answer(answers).send();
    measures.awaitErrorAt(4);

    assertThat(measures.errorAt(4)).isEqualTo("Choose an answer.");
    assertThat(measures.wrapsLongerThan(6, 5)).as("a long question wraps").isTrue();
    assertThat(measures.errorAt(3)).isEmpty();
    phone.screenshot("measure-missing-answer-phone");

    measures.choose(4, "More than half the days").send();

    String help = measures.helpShown();
    assertThat(help).contains("on call").contains("988");
    assertThat(phone.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
    phone.screenshot("measure-item-nine-crisis-contacts-phone");

    // Staff sessions idle out after a minute in these tests: the clinician signs in again.
    clinician = staffBrowser("clinician@riverside.example");
    var record = new HomePage(clinician, portal).openClients().open(CLIENT);
    assertThat(record.measureResults()).contains("PHQ-9").contains("10 of 27").contains("Moderate");
    assertThat(record.trendDescription("phq_9")).contains("10 (Moderate)");
    clinician.screenshot("measure-results-on-record");
    clinician.go(portal.url("/dashboard"));
    assertThat(clinician.find(By.id("open-alerts")).getText()).contains(CLIENT);
    clinician.screenshot("measure-alert-on-dashboard");
  }

  /**
   * The BAM on a phone: which drugs (items 7A–7G) is asked only once the client gives a day of drug
   * use; the clinician reads use, risk and protective factors, each with its band.
   */
  @Test
  void clientAnswersTheBamAndTheClinicianReadsItsThreeScores() {
    var clinician = staffBrowser("clinician@riverside.example");
    new HomePage(clinician, portal).openClients().open(CLIENT).assignOnce("BAM");

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var bam = new MeasuresPage(phone).start("bam");
    assertThat(bam.shows("7a")).as("which drugs, before any day of drug use").isFalse();
    bam.choose("1", "Good")
        .choose("2", "4–8 nights")
        .choose("3", "1–3 days")
        .choose("4", "0 days")
        .choose("5", "0 days")
        .choose("6", "1–3 days")
        .choose("7a", "1–3 days")
        .chooseEach(List.of("7b", "7c", "7d", "7e", "7f", "7g"), "0 days");
    assertThat(bam.shows("7a")).isTrue();
    phone.screenshot("measure-bam-drugs-asked-phone");
    bam.choose("8", "Moderately")
        .choose("9", "Considerably")
        .choose("10", "9–15 days")
        .choose("11", "1–3 days")
        .choose("12", "Slightly")
        .choose("13", "16–30 days")
        .choose("14", "Yes")
        .choose("15", "Not at all")
        .choose("16", "9–15 days")
        .choose("17", "Moderately")
        .send();
    phone.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Your answers are saved')]"));

    clinician = staffBrowser("clinician@riverside.example");
    var record = new HomePage(clinician, portal).openClients().open(CLIENT);
    assertThat(record.measureResults())
        .contains("Use 1 of 12 · Risk factors 8 of 24 · Protective factors 18 of 24")
        .contains("Any use · Below 12 · Above 12");
    assertThat(record.trendDescription("bam")).contains("1 (Any use)");
    clinician.screenshot("measure-bam-on-record");
  }

  /**
   * A clinician whose browser asks for Spanish (the demo's staff chose no language, so the
   * browser's decides) reads the demo client's recorded scores, bands, days and trends in Spanish.
   */
  @Test
  void aClinicianReadingSpanishReadsTheRecordedScoresAndBandsInSpanish() {
    var spanish = browsers.open("es-US,es");
    new LoginPage(spanish, portal).signIn("riverside", "clinician@riverside.example");
    var record = new HomePage(spanish, portal).openClients().open(CLIENT);

    assertThat(record.measureResults())
        .contains("Consumo 0 de 12 · Factores de riesgo ", "Sin consumo · ", "Moderada")
        .doesNotContain("Moderate", "Risk factors", "No use")
        .doesNotContainPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    assertThat(record.trendDescription("bam"))
        .startsWith("Resultados del puntaje de consumo del BAM")
        .contains("(Sin consumo) con fecha ");
    spanish.screenshot("measure-bam-on-record-spanish");
  }
}
