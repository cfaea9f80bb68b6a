package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The peer mentor's dashboard at /mentees: follow-ups first, then the mentees. */
final class MenteesPage {

  private final Browser browser;

  private MenteesPage(Browser browser) {
    this.browser = browser;
  }

  static MenteesPage open(Browser browser, PackagedPortal portal) {
    browser.go(portal.url("/mentees"));
    browser.waitFor(By.id("follow-ups"));
    return new MenteesPage(browser);
  }

  /** The clients with an open follow-up, in the order shown. */
  List<String> followUps() {
    return browser.find(By.id("follow-ups")).findElements(By.cssSelector(".follow-up")).stream()
        .map(row -> row.getDomAttribute("data-client"))
        .toList();
  }

  String followUp(String client) {
    return browser.find(row(client)).getText();
  }

  /** The first of the section's headings, to show that follow-ups come before everything else. */
  String firstSection() {
    return browser.find(By.cssSelector(".aftercare-page h2")).getText();
  }

  /** Marks the client's follow-up done with the outcome labelled so, and a note. */
  MenteesPage markDone(String client, String outcome, String note) {
    browser.click(By.cssSelector(".follow-up[data-client='" + client + "'] .follow-up-done"));
    browser.waitFor(By.id("follow-up-outcome"));
    browser.screenshot("follow-up-done-dialog");
    browser.click(
        By.xpath(
            "//vaadin-radio-button[.//label[normalize-space()='"
                + outcome
                + "'] or normalize-space()='"
                + outcome
                + "']"));
    browser.type(By.cssSelector("#follow-up-note textarea"), note);
    browser.click(By.id("save-follow-up"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Follow-up done')]"));
    return this;
  }

  /**
   * Asks to snooze the client's follow-up to the dialog's first offered day with this reason, and
   * returns the error shown at the reason field, if any (the dialog then stays open).
   */
  String snooze(String client, String reason) {
    browser.click(By.cssSelector(".follow-up[data-client='" + client + "'] .follow-up-snooze"));
    browser.waitFor(By.id("snooze-reason"));
    if (!reason.isEmpty()) {
      browser.type(By.cssSelector("#snooze-reason input"), reason);
    }
    browser.click(By.id("save-snooze"));
    if (reason.isBlank()) {
      browser.waitFor(By.cssSelector("#snooze-reason[invalid]"));
      browser.screenshot("snooze-dialog-without-a-reason");
      String error =
          browser.find(By.cssSelector("#snooze-reason [slot='error-message']")).getText().trim();
      browser.click(By.xpath("//vaadin-button[normalize-space()='Cancel']"));
      return error;
    }
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Follow-up snoozed')]"));
    return "";
  }

  private static By row(String client) {
    return By.cssSelector(".follow-up[data-client='" + client + "']");
  }
}
