package org.aftercare.ui.browser;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One session's page and its move and cancel dialogs. */
final class SessionPage {

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

  private final Browser browser;

  SessionPage(Browser browser) {
    this.browser = browser;
  }

  String status() {
    return browser.find(By.id("session-status")).getText();
  }

  String when() {
    return browser.find(By.id("session-when")).getText();
  }

  SessionPage cancel(String reason) {
    browser.click(By.id("cancel-session"));
    browser.type(By.cssSelector("#cancel-reason textarea"), reason);
    browser.click(By.id("dialog-confirm"));
    waitForStatus("Cancelled");
    return this;
  }

  /** Moves the session to a local time in the clinic's zone, as typed into the dialog. */
  SessionPage moveTo(LocalDateTime start) {
    browser.click(By.id("move-session"));
    var date = browser.find(By.cssSelector("#move-start vaadin-date-picker input"));
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), US_DATE.format(start), Keys.TAB);
    var time = browser.find(By.cssSelector("#move-start vaadin-time-picker input"));
    time.sendKeys(Keys.chord(Keys.CONTROL, "a"), TIME.format(start), Keys.TAB);
    browser.click(By.id("dialog-confirm"));
    waitForStatus("Moved");
    return this;
  }

  /** Taps a status on a client's roster row. */
  SessionPage mark(String client, String status) {
    browser.click(
        By.xpath(
            "//*[@data-client='"
                + client
                + "']//vaadin-radio-button[normalize-space()='"
                + status
                + "']"));
    return this;
  }

  SessionPage excuse(String client, String reason) {
    mark(client, "Excused");
    browser.type(By.xpath("//*[@data-client='" + client + "']//vaadin-text-field//input"), reason);
    return this;
  }

  String rosterRow(String client) {
    return browser.find(By.xpath("//*[@id='roster']//*[@data-client='" + client + "']")).getText();
  }

  void saveRoster() {
    browser.click(By.id("save-roster"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Attendance saved')]"));
  }

  /**
   * Removes a client from this session: the confirmation dialog, first sent without a note (the
   * refusal at the field is answered), then with the note. Answers the refusal seen on the way.
   */
  String removeWithNote(String client, String note) {
    browser.click(
        By.xpath(
            "//*[@id='session-participants']//*[@data-participant='"
                + client
                + "']//vaadin-button[contains(@class, 'remove-participant')]"));
    browser.click(By.id("confirm-removal"));
    browser.waitFor(By.cssSelector("#removal-note[invalid]"));
    String refusal = browser.find(By.id("removal-note")).getDomProperty("errorMessage");
    browser.type(By.cssSelector("#removal-note textarea"), note);
    browser.click(By.id("confirm-removal"));
    browser.waitFor(
        By.xpath(
            "//*[@id='session-participants']//*[@data-participant='"
                + client
                + "']//*[contains(@class, 'aftercare-removed-status')]"));
    return refusal;
  }

  String participant(String client) {
    return browser
        .find(By.xpath("//*[@id='session-participants']//*[@data-participant='" + client + "']"))
        .getText();
  }

  /** The concerns clients raised about this session, as the clinician sees them. */
  String concerns() {
    return browser.find(By.id("session-concerns")).getText();
  }

  private void waitForStatus(String text) {
    browser
        .waiting(java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-status"), text));
  }
}
