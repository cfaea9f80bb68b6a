package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff's library page: adding resources, assigning them, reading worksheets sent. */
final class LibraryPage {

  private final Browser browser;

  LibraryPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/library"));
    browser.waitFor(By.id("resources"));
  }

  void addLink(String title, String address) {
    browser.click(By.id("add-resource"));
    browser.type(By.cssSelector("#resource-title input"), title);
    browser.type(By.cssSelector("#resource-link input"), address);
    save("Resource added");
  }

  /** Adds a worksheet of one long-text field, assigned to no one yet. */
  void addWorksheet(String title, String field) {
    browser.click(By.id("add-resource"));
    browser.click(By.id("resource-kind"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='Worksheet']"));
    browser.type(By.cssSelector("#resource-title input"), title);
    browser.type(By.cssSelector("#worksheet-field-title-0 input"), field);
    save("Resource added");
  }

  void assignToClient(String title, String displayName) {
    show(title);
    open(title, "Assign", By.id("assign-client"));
    browser.type(By.cssSelector("#assign-client input"), displayName);
    browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + displayName + "')]"));
    browser.click(By.id("assign-to-client"));
    expectNotification("Assigned to " + displayName);
    browser.click(By.id("assign-close"));
  }

  /** The answers the signed-in person may read, as the answers dialog shows them. */
  String answersTo(String title) {
    show(title);
    open(title, "Answers", By.id("worksheet-answers"));
    return browser.reveal(By.id("worksheet-answers")).getText();
  }

  private void show(String title) {
    browser.type(By.cssSelector("#library-search input"), title);
    browser.waitFor(action(title, "Assign"));
  }

  /**
   * Clicks a row's action until what it opens shows: after a search or a save the grid re-renders
   * its rows, and a click on a row's button the server has just replaced reaches nothing.
   */
  private void open(String title, String label, By opened) {
    for (int attempt = 1; ; attempt++) {
      browser.click(action(title, label));
      try {
        browser
            .waiting(Duration.ofSeconds(3))
            .until(ExpectedConditions.presenceOfElementLocated(opened));
        return;
      } catch (TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  private static By action(String title, String label) {
    return By.xpath(
        "//vaadin-button[@data-resource='" + title + "' and normalize-space()='" + label + "']");
  }

  private void save(String confirmation) {
    browser.click(By.id("resource-save"));
    expectNotification(confirmation);
  }

  private void expectNotification(String text) {
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
  }
}
