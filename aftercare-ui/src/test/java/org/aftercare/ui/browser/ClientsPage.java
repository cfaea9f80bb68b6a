package org.aftercare.ui.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The clients list with its search, its grid and the add dialog. */
final class ClientsPage {

  private final Browser browser;
  private final PackagedPortal portal;

  ClientsPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    this.portal = portal;
    browser.waitFor(By.id("clients"));
  }

  ClientRecordPage add(String displayName, String legalName, String email) {
    browser.click(By.id("add-client"));
    browser.type(By.cssSelector("#display-name input"), displayName);
    browser.type(By.cssSelector("#legal-name input"), legalName);
    browser.type(By.cssSelector("#email input"), email);
    browser.click(By.id("save-client"));
    return new ClientRecordPage(browser);
  }

  /** As {@link #add(String, String, String)}, with the day the client's recovery started. */
  ClientRecordPage add(
      String displayName, String legalName, String email, LocalDate recoveryStart) {
    browser.click(By.id("add-client"));
    browser.type(By.cssSelector("#display-name input"), displayName);
    browser.type(By.cssSelector("#legal-name input"), legalName);
    browser.type(By.cssSelector("#email input"), email);
    // Set on the date picker itself: what is under test here is the start, not the picker.
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.reveal(By.id("recovery-start")),
            recoveryStart.toString());
    browser.click(By.id("save-client"));
    return new ClientRecordPage(browser);
  }

  void tryToSave(String displayName, String email) {
    browser.click(By.id("add-client"));
    browser.type(By.cssSelector("#display-name input"), displayName);
    browser.type(By.cssSelector("#email input"), email);
    browser.click(By.id("save-client"));
  }

  String errorOf(String fieldId) {
    return browser.find(By.cssSelector("#" + fieldId + " [slot='error-message']")).getText().trim();
  }

  ClientsPage search(String text) {
    browser.type(By.cssSelector("#client-search input"), text);
    return this;
  }

  /** Waits until the grid shows a row with this display name. */
  boolean shows(String displayName) {
    try {
      browser
          .waiting(Duration.ofSeconds(10))
          .until(driver -> !driver.findElements(cell(displayName)).isEmpty());
      return true;
    } catch (org.openqa.selenium.TimeoutException absent) {
      return false;
    }
  }

  ClientRecordPage open(String displayName) {
    browser.click(cell(displayName));
    return new ClientRecordPage(browser);
  }

  private static By cell(String displayName) {
    return By.xpath("//vaadin-grid-cell-content[normalize-space()='" + displayName + "']");
  }
}
