package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;

/** The client's "Sharing with my care team": care team, consent form, consents, disclosures. */
final class SharingPage {

  private final Browser browser;

  SharingPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("sharing"));
  }

  String careTeam() {
    return browser.find(By.id("my-care-team")).getText();
  }

  SharingPage chooseRecipient(String name) {
    browser.click(
        By.xpath(
            "//*[@id='consent-recipient']//vaadin-radio-button[normalize-space()='" + name + "']"));
    return this;
  }

  /** The consent's words once they name {@code expected} (the form refreshes them per choice). */
  String consentTextNaming(String expected) {
    By text = By.cssSelector("#consent-text textarea");
    try {
      browser
          .waiting(Duration.ofSeconds(10))
          .until(driver -> driver.findElement(text).getDomProperty("value").contains(expected));
    } catch (org.openqa.selenium.TimeoutException notYet) {
      // The assertion in the test reports what it says instead.
    }
    return browser.find(text).getDomProperty("value");
  }

  SharingPage sign(String fullName) {
    browser.type(By.cssSelector("#consent-signature input"), fullName);
    browser.click(By.id("sign-consent"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Consent signed')]"));
    return this;
  }

  /** The status badge of the newest consent naming this recipient. */
  String statusOfConsentTo(String recipient) {
    return browser.find(By.cssSelector(consent(recipient) + " .consent-status")).getText().trim();
  }

  SharingPage revokeConsentTo(String recipient) {
    browser.click(By.cssSelector(consent(recipient) + " vaadin-button.revoke-consent"));
    browser.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Revoke']"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Consent revoked')]"));
    return this;
  }

  /** The recipient's line in "Who received my information", scrolled into view once it shows. */
  String disclosureTo(String recipient) {
    return browser
        .reveal(
            By.xpath(
                "//*[@id='who-received']//*[contains(@class, 'aftercare-disclosure')]/span"
                    + "[normalize-space()='"
                    + recipient
                    + "']"))
        .getText()
        .trim();
  }

  private static String consent(String recipient) {
    return ".aftercare-consent[data-recipient='" + recipient + "']";
  }
}
