package org.aftercare.ui.browser;

import org.openqa.selenium.By;

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
    browser.click(By.id("add-recipient"));
    browser.click(By.id("recipient-endpoint"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='" + connection + "']"));
    browser.type(By.cssSelector("#recipient-name input"), name);
    browser.type(By.cssSelector("#recipient-mrn input"), mrn);
    browser.click(By.id("save-recipient"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved " + name + "')]"));
    return this;
  }

  /** The care-team grid's cell with this member's name, once it shows. */
  String careTeamMember(String name) {
    return browser
        .find(
            By.xpath(
                "//*[@id='care-team']/vaadin-grid-cell-content[normalize-space()='" + name + "']"))
        .getText()
        .trim();
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
}
