package org.aftercare.ui.browser;

import org.openqa.selenium.By;

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
    browser.click(action(title, "Assign"));
    browser.type(By.cssSelector("#assign-client input"), displayName);
    browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + displayName + "')]"));
    browser.click(By.id("assign-to-client"));
    expectNotification("Assigned to " + displayName);
    browser.click(By.id("assign-close"));
  }

  /** The answers the signed-in person may read, as the answers dialog shows them. */
  String answersTo(String title) {
    show(title);
    browser.click(action(title, "Answers"));
    return browser.reveal(By.id("worksheet-answers")).getText();
  }

  private void show(String title) {
    browser.type(By.cssSelector("#library-search input"), title);
    browser.waitFor(action(title, "Assign"));
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
