package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The clinic admin's FHIR API clients: the EHRs that fetch summaries themselves. */
final class ApiClientsPage {

  private static final By CONFIRM_REMOVAL =
      By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Remove']");

  private final Browser browser;

  ApiClientsPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/api-clients"));
    browser.waitFor(By.id("api-clients"));
  }

  String fhirBaseUrl() {
    return browser.find(By.cssSelector("#fhir-base-url input")).getDomProperty("value");
  }

  String tokenUrl() {
    return browser.find(By.cssSelector("#fhir-token-url input")).getDomProperty("value");
  }

  /**
   * Opens the registration form and fills it in with a pasted JWK Set and the kinds of record
   * ticked; saves nothing yet.
   */
  ApiClientsPage startRegistering(
      String name, String organisation, String jwks, String... records) {
    browser.click(By.id("register-api-client"));
    browser.type(By.cssSelector("#api-client-name input"), name);
    browser.type(By.cssSelector("#api-client-organisation input"), organisation);
    browser.type(By.cssSelector("#api-client-jwks textarea"), jwks);
    for (String record : records) {
      browser.click(
          By.xpath(
              "//*[@id='api-client-scopes']//vaadin-checkbox"
                  + "[starts-with(normalize-space(), '"
                  + record
                  + "')]"));
    }
    return this;
  }

  /** Ticks what one of the clinic's own systems may do over the REST API, such as clients.read. */
  ApiClientsPage allowing(String... clinicScopes) {
    for (String scope : clinicScopes) {
      browser.click(
          By.xpath(
              "//*[@id='api-client-clinic-scopes']//vaadin-checkbox[normalize-space()='"
                  + scope
                  + "']"));
    }
    return this;
  }

  /** Replaces the pasted JWK Set in the open form. */
  ApiClientsPage pasteJwks(String jwks) {
    browser.type(By.cssSelector("#api-client-jwks textarea"), jwks);
    return this;
  }

  /** Saves the open form expecting a refusal; the message shown at the pasted JWK Set. */
  String saveRefusedAtJwks() {
    browser.click(By.id("save-api-client"));
    return browser.find(By.cssSelector("#api-client-jwks [slot='error-message']")).getText();
  }

  ApiClientsPage save(String name) {
    browser.click(By.id("save-api-client"));
    expectNotification("Saved " + name);
    return this;
  }

  /** Whether the list shows the client (its client id field shows). */
  boolean lists(String name) {
    return shows(clientIdOf(name));
  }

  /** The OAuth2 client id shown for the client, once the list shows it. */
  String clientId(String name) {
    return browser.find(clientIdOf(name)).getDomProperty("value");
  }

  /** Disables the client and waits until it can be enabled again. */
  ApiClientsPage disable(String name) {
    browser.click(action(name, "disable-api-client"));
    browser.waitFor(action(name, "enable-api-client"));
    return this;
  }

  ApiClientsPage enable(String name) {
    browser.click(action(name, "enable-api-client"));
    browser.waitFor(action(name, "disable-api-client"));
    return this;
  }

  /** Whether the list offers to enable the client, as it does only for a disabled one. */
  boolean isDisabled(String name) {
    return shows(action(name, "enable-api-client"));
  }

  /** Asks to remove the client; the confirmation's message, with the dialog left open. */
  String askToRemove(String name) {
    browser.click(action(name, "remove-api-client"));
    browser.waitFor(CONFIRM_REMOVAL);
    return browser
        .driver
        .findElement(By.tagName("vaadin-confirm-dialog"))
        .getDomProperty("message");
  }

  /** Confirms the open removal and waits until the client has left the list. */
  ApiClientsPage confirmRemoval(String name) {
    browser.click(CONFIRM_REMOVAL);
    browser
        .waiting(Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(clientIdOf(name)));
    return this;
  }

  /**
   * Present is not enough: the grid keeps the cells of rows it no longer has, hidden, for reuse.
   */
  private boolean shows(By element) {
    return browser.driver.findElements(element).stream().anyMatch(WebElement::isDisplayed);
  }

  private void expectNotification(String text) {
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
  }

  private static By clientIdOf(String name) {
    return By.cssSelector("vaadin-text-field.api-client-id[data-api-client='" + name + "'] input");
  }

  private static By action(String name, String button) {
    return By.cssSelector("[data-api-client='" + name + "'] vaadin-button." + button);
  }
}
