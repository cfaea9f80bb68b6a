package org.aftercare.ui.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The outcomes screen: period and scope pickers, figures, charts, the mentors and the CSV. */
final class OutcomesPage {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

  private final Browser browser;

  OutcomesPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("outcome-results"));
  }

  /**
   * A figure's number as shown, by its id ({@code outcome-clients}, {@code outcome-attendance}).
   */
  String figure(String id) {
    return browser.find(By.id(id)).getText().trim();
  }

  /** The text alternative of a chart. */
  String chartLabel(String id) {
    return browser.reveal(By.id(id)).getAttribute("aria-label");
  }

  String chartRole(String id) {
    return browser.find(By.id(id)).getAttribute("role");
  }

  List<String> mentorCells() {
    browser.reveal(By.id("mentor-figures"));
    return browser
        .driver
        .findElements(By.cssSelector("#mentor-figures vaadin-grid-cell-content"))
        .stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  OutcomesPage from(LocalDate day) {
    return typeDay("outcomes-from", day);
  }

  OutcomesPage to(LocalDate day) {
    return typeDay("outcomes-to", day);
  }

  private OutcomesPage typeDay(String id, LocalDate day) {
    var input = browser.reveal(By.cssSelector("#" + id + " input"));
    // Enter commits the typed day and closes the calendar that typing opened.
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), US_DATE.format(day), Keys.ENTER);
    return this;
  }

  /** The error shown at a date field, once there is one. */
  String errorAt(String id) {
    browser
        .waiting(Duration.ofSeconds(10))
        .until(driver -> "true".equals(driver.findElement(By.id(id)).getDomProperty("invalid")));
    return browser.find(By.id(id)).getDomProperty("errorMessage");
  }

  /** The empty state's text, once one shows. */
  String emptyState() {
    return browser.find(By.cssSelector("#outcome-results .aftercare-empty-state")).getText().trim();
  }

  String downloadCsv() {
    // Revealed first: scrolled out of the page's view, Selenium calls the link hidden.
    return browser.download(browser.reveal(By.id("export-outcomes-csv")).getAttribute("href"));
  }
}
