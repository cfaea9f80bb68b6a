package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The client's home: their groups, next sessions, ground rules and calendar file. */
final class MyGroupsPage {

  private final Browser browser;

  MyGroupsPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("my-groups"));
  }

  private By card(String group) {
    return By.cssSelector(".aftercare-group-card[data-group='" + group + "']");
  }

  /** The rows of a group's next sessions, earliest first. */
  List<WebElement> sessions(String group) {
    return browser.find(card(group)).findElements(By.cssSelector(".aftercare-next-session"));
  }

  void acceptGroundRules(String group) {
    browser.click(
        By.cssSelector(
            ".aftercare-group-card[data-group='" + group + "'] vaadin-button.ground-rules"));
    browser.click(By.id("accept-ground-rules"));
    browser.waitFor(
        By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-join"));
  }

  /** Accepts the ground rules if the group still asks for them. */
  void acceptGroundRulesIfAsked(String group) {
    var asked =
        browser.driver.findElements(
            By.cssSelector(
                ".aftercare-group-card[data-group='" + group + "'] vaadin-button.ground-rules"));
    if (!asked.isEmpty()) {
      acceptGroundRules(group);
    }
  }

  /**
   * Presses the live Join link of the group's first session. The meeting address is not reachable
   * from the test, so the link's navigation is taken off first; the click itself, which records the
   * client's check-in, goes to the portal as it would.
   */
  void join(String group) {
    var link =
        browser.find(
            By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-join"));
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].removeAttribute('href')", link);
    browser.click(
        By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-join"));
  }

  /** The live Join link of the group's session, as the page carries it (the portal's own). */
  String joinAddress(String group) {
    return browser
        .find(By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-join"))
        .getDomProperty("href");
  }

  /** Where the group's live Join link leads now: the meeting, or back home when refused. */
  String meetingAddress(String group) {
    return browser.redirectOf(joinAddress(group));
  }

  /** Raises a concern about the group's most recent session; answers the dialog's error, if any. */
  String reportConcern(String group, String text) {
    browser.click(
        By.cssSelector(
            ".aftercare-group-card[data-group='"
                + group
                + "'] vaadin-button.aftercare-report-concern"));
    browser.type(By.cssSelector("#concern-text textarea"), text);
    browser.click(By.id("send-concern"));
    var shown =
        browser.waitForEither(
            By.cssSelector(
                ".aftercare-group-card[data-group='" + group + "'] .aftercare-concern-receipt"),
            By.cssSelector("#concern-text[invalid]"));
    return shown.getDomProperty("errorMessage") == null ? "" : shown.getDomProperty("errorMessage");
  }

  /** What the group's card says about concerns sent and how they were handled. */
  List<String> concernReceipts(String group) {
    return browser
        .find(card(group))
        .findElements(By.cssSelector(".aftercare-concern-receipt"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  void checkIn(int mood, int craving, boolean used) {
    submitCheckIn(mood, craving, used ? "Yes" : "No");
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Check-in saved')]"));
  }

  /**
   * Answers and saves today's check-in; {@code use} is the answer's words in the page's language.
   */
  void submitCheckIn(int mood, int craving, String use) {
    browser.click(
        By.xpath(
            "//*[@id='check-in-mood']//vaadin-radio-button[normalize-space()='" + mood + "']"));
    browser.click(By.id("check-in-craving"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='" + craving + "']"));
    browser.click(
        By.xpath("//*[@id='check-in-used']//vaadin-radio-button[normalize-space()='" + use + "']"));
    browser.click(By.id("save-check-in"));
  }

  /** Scrolled to first: after saving, the card's figures are above the fold on a phone. */
  String streak() {
    return browser.reveal(By.id("check-in-streak")).getText();
  }

  /** Presses "I need support now" and returns what the help dialog says. */
  String needSupport() {
    browser.click(By.id("need-support"));
    return browser.find(By.id("support-dialog")).getText();
  }

  void closeDialog() {
    browser.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Close']"));
  }

  String calendarFileAddress() {
    return browser.find(By.id("download-ics")).getDomProperty("href");
  }
}
