package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The clinic admin's care-team connections and consent text. */
final class ConnectionsPage {

  private final Browser browser;

  ConnectionsPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/connections"));
    browser.waitFor(By.id("connections"));
  }

  ConnectionsPage addFhirServer(String name, String baseUrl) {
    browser.click(By.id("add-connection"));
    browser.type(By.cssSelector("#connection-name input"), name);
    browser.type(By.cssSelector("#connection-base-url input"), baseUrl);
    browser.click(By.id("save-connection"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved " + name + "')]"));
    return this;
  }

  /**
   * Adds a FHIR server that issues SMART Backend Services tokens, with the default scopes; the
   * dialog then opens again on the new connection to show its public key set.
   */
  ConnectionsPage addSmartFhirServer(
      String name, String baseUrl, String tokenUrl, String clientId) {
    browser.click(By.id("add-connection"));
    browser.type(By.cssSelector("#connection-name input"), name);
    browser.type(By.cssSelector("#connection-base-url input"), baseUrl);
    browser.click(
        By.xpath(
            "//*[@id='connection-authentication']//vaadin-radio-button"
                + "[starts-with(normalize-space(), 'SMART Backend Services')]"));
    browser.type(By.cssSelector("#connection-token-url input"), tokenUrl);
    browser.type(By.cssSelector("#connection-client-id input"), clientId);
    browser.click(By.id("save-connection"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Saved " + name + "')]"));
    return this;
  }

  /** The public JWKS the reopened dialog shows for the EHR's administrators, once it shows. */
  String publicJwks() {
    return browser.find(By.cssSelector("#connection-public-jwks textarea")).getDomProperty("value");
  }

  /** The grid's cells that read exactly {@code text}, once one shows. */
  String cell(String text) {
    return browser
        .find(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + text + "']"))
        .getText()
        .trim();
  }
}
