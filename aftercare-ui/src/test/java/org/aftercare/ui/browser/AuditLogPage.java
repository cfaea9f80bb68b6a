package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The clinic admin's audit log: filters, the chain check, the CSV export and the grid. */
final class AuditLogPage {

  private final Browser browser;

  AuditLogPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("audit-log"));
  }

  /** Waits until the grid shows at least one cell with this text. */
  boolean shows(String text) {
    try {
      browser
          .waiting(Duration.ofSeconds(10))
          .until(driver -> !driver.findElements(cell(text)).isEmpty());
      return true;
    } catch (org.openqa.selenium.TimeoutException absent) {
      return false;
    }
  }

  /** Rows shown now; the grid keeps the cells of rows it has hidden, so only visible ones count. */
  int rowsWith(String text) {
    return (int)
        browser.driver.findElements(cell(text)).stream().filter(WebElement::isDisplayed).count();
  }

  /** The "n entries" line, once it says {@code expected} (or whatever it says after a wait). */
  String countOnceItReads(String expected) {
    try {
      browser.waiting(Duration.ofSeconds(10)).until(driver -> count().equals(expected));
    } catch (org.openqa.selenium.TimeoutException stillDifferent) {
      // The assertion in the test reports what it says instead.
    }
    return count();
  }

  private String count() {
    return browser.find(By.id("audit-count")).getText().trim();
  }

  /**
   * Types the action and presses Enter once the server has sent the matching item: an Enter before
   * that selects nothing.
   */
  AuditLogPage filterByAction(String label) {
    var comboBox = browser.find(By.id("audit-action"));
    browser.type(By.cssSelector("#audit-action input"), label);
    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            driver ->
                (Boolean)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return (arguments[0].filteredItems || [])"
                                + ".some(item => item && item.label === arguments[1]);",
                            comboBox,
                            label));
    browser.find(By.cssSelector("#audit-action input")).sendKeys(Keys.ENTER);
    return this;
  }

  AuditLogPage filterByRecord(String recordId) {
    browser.type(By.cssSelector("#audit-record input"), recordId);
    return this;
  }

  String verifyChain() {
    browser.click(By.id("verify-chain"));
    return browser.find(By.id("chain-status")).getText().trim();
  }

  String csvHref() {
    return browser.find(By.id("export-csv")).getAttribute("href");
  }

  /** Fetches the export link with the browser's session, as the browser's download would. */
  String downloadCsv() {
    return browser.download(csvHref());
  }

  private static By cell(String text) {
    return By.xpath("//vaadin-grid-cell-content[normalize-space()='" + text + "']");
  }
}
