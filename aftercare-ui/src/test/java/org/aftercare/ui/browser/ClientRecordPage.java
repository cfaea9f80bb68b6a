package org.aftercare.ui.browser;

import java.time.Duration;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One client's record. */
final class ClientRecordPage {

  private final Browser browser;

  ClientRecordPage(Browser browser) {
    this.browser = browser;
  }

  String title() {
    return browser.find(By.id("client-title")).getText().trim();
  }

  /** Adds a member of the client's care team on a connection of the clinic. */
  ClientRecordPage addCareTeamMember(String connection, String name, String mrn) {
    return startAddingCareTeamMember(connection).saveCareTeamMember(name, mrn);
  }

  /**
   * Opens the form for a new care-team member and chooses how summaries reach them: a connection by
   * its name, or "Fetches through the FHIR API (…)" with an API client's name.
   */
  ClientRecordPage startAddingCareTeamMember(String connection) {
    browser.click(By.id("add-recipient"));
    browser.click(By.id("recipient-endpoint"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='" + connection + "']"));
    return this;
  }

  /**
   * Whether the open care-team form still asks when summaries go, or on a disengagement flag, a few
   * seconds after the choice of connection: the server hides those fields in its answer.
   */
  boolean asksWhenSummariesGo() {
    try {
      browser
          .waiting(Duration.ofSeconds(5))
          .until(
              ExpectedConditions.and(
                  ExpectedConditions.invisibilityOfElementLocated(By.id("recipient-cadence")),
                  ExpectedConditions.invisibilityOfElementLocated(By.id("recipient-on-new-flag"))));
      return false;
    } catch (TimeoutException stillAsked) {
      return true;
    }
  }

  ClientRecordPage saveCareTeamMember(String name, String mrn) {
    browser.type(By.cssSelector("#recipient-name input"), name);
    browser.type(By.cssSelector("#recipient-mrn input"), mrn);
    browser.click(By.id("save-recipient"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved " + name + "')]"));
    return this;
  }

  /**
   * Records a paper consent, signed as {@code signature}, for a specific purpose to someone outside
   * the care team, such as a court; waits until the consent's words name them before recording.
   */
  ClientRecordPage recordPaperConsentTo(String recipient, String purpose, String signature) {
    browser.click(By.id("record-paper-consent"));
    browser.click(
        By.xpath(
            "//*[@id='consent-recipient']//vaadin-radio-button"
                + "[normalize-space()='Someone else, named below']"));
    browser.type(By.cssSelector("#consent-designation input"), recipient);
    browser.click(
        By.xpath(
            "//*[@id='consent-purpose']//vaadin-radio-button"
                + "[normalize-space()='A specific purpose']"));
    browser.type(By.cssSelector("#consent-purpose-detail input"), purpose);
    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            driver ->
                driver
                    .findElement(By.cssSelector("#consent-text textarea"))
                    .getDomProperty("value")
                    .contains(recipient));
    browser.type(By.cssSelector("#consent-signature input"), signature);
    browser.click(By.id("sign-consent"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Paper consent recorded')]"));
    return this;
  }

  /** Follows the engagement section's link to the attendance letter, which opens a new tab. */
  AttendanceLetterPage openAttendanceLetter() {
    Set<String> before = browser.driver.getWindowHandles();
    browser.click(By.id("attestation-link"));
    String letter =
        browser
            .waiting(Duration.ofSeconds(10))
            .until(
                driver ->
                    driver.getWindowHandles().stream()
                        .filter(handle -> !before.contains(handle))
                        .findFirst()
                        .orElse(null));
    browser.driver.switchTo().window(letter);
    return new AttendanceLetterPage(browser);
  }

  /** The care-team grid's cell that reads exactly {@code text}, once it shows. */
  String careTeamCell(String text) {
    return browser
        .find(
            By.xpath(
                "//*[@id='care-team']/vaadin-grid-cell-content[normalize-space()='" + text + "']"))
        .getText()
        .trim();
  }

  /** Whether the member's row offers to send a summary now, once the row shows. */
  boolean offersSummaryNowTo(String name) {
    String row = ".care-team-actions[data-recipient='" + name + "']";
    browser.waitFor(By.cssSelector(row + " vaadin-button.edit-recipient"));
    return !browser
        .driver
        .findElements(By.cssSelector(row + " vaadin-button.send-summary"))
        .isEmpty();
  }

  /** Sends the care-team member a summary of the default period: the week up to yesterday. */
  ClientRecordPage sendSummaryNow(String name) {
    browser.click(
        By.cssSelector(
            ".care-team-actions[data-recipient='" + name + "'] vaadin-button.send-summary"));
    browser.click(By.id("send-summary"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'summary is queued')]"));
    return this;
  }

  String url() {
    browser.waitUntilUrlContains("/clients/");
    return browser.driver.getCurrentUrl();
  }

  /** Assigns a standard measure by its name ("PHQ-9") to be answered once. */
  ClientRecordPage assignOnce(String measure) {
    browser.click(By.id("measure-instrument"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='" + measure + "']"));
    browser.click(By.id("assign-measure"));
    browser.waitFor(
        By.xpath("//vaadin-notification-card[contains(., '" + measure + " assigned')]"));
    return this;
  }

  /** The cells of the results list of the record's measures section, as one line. */
  String measureResults() {
    browser.reveal(By.id("measure-results"));
    return String.join(
        " | ",
        browser
            .driver
            .findElements(By.cssSelector("#measure-results vaadin-grid-cell-content"))
            .stream()
            .map(cell -> cell.getDomProperty("textContent").trim())
            .toList());
  }

  /** The text alternative of one measure's trend ("phq_9"). */
  String trendDescription(String instrument) {
    return browser
        .reveal(By.cssSelector("#measure-trend-" + instrument + " svg"))
        .getDomAttribute("aria-label");
  }
}
