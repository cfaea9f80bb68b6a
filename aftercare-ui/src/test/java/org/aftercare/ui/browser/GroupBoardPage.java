package org.aftercare.ui.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** A group's board: the code of conduct, the box to write in, the posts, reports and moderation. */
final class GroupBoardPage {

  /** Longer than the board's polling interval, so a change made elsewhere has time to arrive. */
  private static final Duration POLLED = Duration.ofSeconds(30);

  private final Browser browser;

  GroupBoardPage(Browser browser) {
    this.browser = browser;
    browser.reveal(By.id("board-title"));
  }

  /** From the client's home: the "Group board" link on the group's card. */
  static GroupBoardPage fromHome(Browser browser, String group) {
    browser.waitFor(By.id("my-groups"));
    browser.click(
        By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-board-link"));
    return new GroupBoardPage(browser);
  }

  /** From the staff's group page: its "Group board" link. */
  static GroupBoardPage fromGroupPage(Browser browser) {
    browser.click(By.id("open-board"));
    return new GroupBoardPage(browser);
  }

  String title() {
    return browser.reveal(By.id("board-title")).getText();
  }

  boolean asksToAcceptConduct() {
    return !browser.driver.findElements(By.id("accept-conduct")).isEmpty();
  }

  GroupBoardPage acceptConduct() {
    browser.click(By.id("accept-conduct"));
    browser.reveal(By.id("board-text"));
    return this;
  }

  /** Writes and presses Post; the outcome is for the caller to check (a post or a message). */
  GroupBoardPage post(String text) {
    browser.type(By.cssSelector("#board-text textarea"), text);
    browser.click(By.id("board-send"));
    return this;
  }

  /**
   * The message at the writing box, once the portal's refusal of what was just written (naming
   * {@code about}) has arrived: the message of an earlier refusal may still be showing.
   */
  String errorAtText(String about) {
    browser.reveal(By.cssSelector("#board-text[invalid]"));
    browser
        .waiting(POLLED)
        .until(
            d ->
                String.valueOf(d.findElement(By.id("board-text")).getDomProperty("errorMessage"))
                    .contains(about));
    return browser.reveal(By.id("board-text")).getDomProperty("errorMessage");
  }

  /** The post whose text is exactly {@code text}, once it shows. */
  WebElement postWithText(String text) {
    return browser
        .waiting(POLLED)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#board-posts .aftercare-board-post")).stream()
                    .filter(
                        post ->
                            post.findElements(By.cssSelector(".board-body")).stream()
                                .anyMatch(body -> text.equals(textOf(body))))
                    .findFirst()
                    .orElse(null));
  }

  /**
   * Waits, without reloading, until no post with this text is on the board. The board re-renders
   * while it is read: a post found and gone before its text is read is looked for again.
   */
  void waitUntilGone(String text) {
    browser
        .waiting(POLLED)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#board-posts .board-body")).stream()
                    .noneMatch(body -> text.equals(textOf(body))));
  }

  List<String> postTexts() {
    return browser.driver.findElements(By.cssSelector("#board-posts .board-body")).stream()
        .map(GroupBoardPage::textOf)
        .toList();
  }

  /** Reports the post with this reason, through the report dialog. */
  void report(WebElement post, String reason) {
    browser.click(
        By.cssSelector(
            "[data-post='" + post.getDomAttribute("data-post") + "'] vaadin-button.board-report"));
    browser.type(By.cssSelector("#report-reason textarea"), reason);
    browser.click(By.id("send-report"));
    browser.reveal(By.id("board-my-reports"));
  }

  /** The facilitator hides the post a report is about, from "Reports to review". */
  void hideReported(String text) {
    browser.reveal(By.id("board-open-reports"));
    String report =
        browser.driver.findElements(By.cssSelector("#board-open-reports [data-report]")).stream()
            .filter(
                card ->
                    card.findElements(By.cssSelector(".board-body")).stream()
                        .anyMatch(body -> text.equals(textOf(body))))
            .map(card -> card.getDomAttribute("data-report"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No report of the post: " + text));
    browser.click(By.cssSelector("[data-report='" + report + "'] vaadin-button.review-hide"));
  }

  /** What the person was told about their reports, once the text appears (without reloading). */
  String myReportsOnceThey(String say) {
    browser
        .waiting(POLLED)
        .until(
            d ->
                d.findElements(By.id("board-my-reports")).stream()
                    .anyMatch(reports -> textOf(reports).contains(say)));
    return myReports();
  }

  String myReports() {
    return browser.reveal(By.id("board-my-reports")).getText();
  }

  /**
   * The element's text as the page holds it: Selenium's visible text is empty for an element
   * scrolled out of the portal's scrolling content area.
   */
  static String textOf(WebElement element) {
    return element.getDomProperty("textContent");
  }
}
