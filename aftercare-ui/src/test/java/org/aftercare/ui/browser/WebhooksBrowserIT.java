package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The clinic admin adds an endpoint of the clinic's scheduling system: a plain-http address is
 * refused at its field, an https one is saved and its signing secret shown once, and removing it
 * asks first. The page is the admin's alone.
 */
class WebhooksBrowserIT extends PortalBrowserTest {

  private static final By URL = By.cssSelector("#webhook-url input");
  private static final By SAVE = By.id("save-webhook");

  @Test
  void adminAddsAnEndpointSeesItsSecretOnceAndRemovesItAfterConfirming() {
    String address = "https://scheduling.example.org/hooks/" + UUID.randomUUID();
    var admin = staffBrowser("admin@riverside.example");
    admin.go(portal.url("/webhooks"));
    admin.waitFor(By.id("webhook-endpoints"));

    admin.click(By.id("add-webhook"));
    admin.type(URL, "http://scheduling.example.org/hooks");
    admin.click(
        By.xpath(
            "//*[@id='webhook-events']//vaadin-checkbox[starts-with(normalize-space(),"
                + " 'A client is enrolled')]"));
    admin.click(SAVE);
    admin.waitFor(By.cssSelector("#webhook-url[invalid]"));
    assertThat(admin.find(By.cssSelector("#webhook-url [slot='error-message']")).getText())
        .contains("https");
    admin.screenshot("webhook-refused-address");

    admin.type(URL, address);
    admin.click(SAVE);
    admin.waitFor(By.id("webhook-secret"));
    assertThat(admin.find(By.cssSelector("#webhook-secret input")).getDomProperty("value"))
        .startsWith("whsec_");
    admin.screenshot("webhook-secret-once");
    admin.click(By.id("webhook-secret-done"));
    By row =
        By.xpath(
            "//vaadin-grid[@id='webhook-endpoints']//vaadin-grid-cell-content[normalize-space()='"
                + address
                + "']");
    admin.waitFor(row);
    admin.screenshot("webhooks");

    admin.click(
        By.xpath(
            "//vaadin-grid[@id='webhook-endpoints']//vaadin-button[contains(@class,'remove-webhook')]"));
    admin.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Remove']"));
    admin.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Endpoint removed')]"));
    assertThat(admin.driver.findElements(row).stream().anyMatch(WebElement::isDisplayed)).isFalse();
  }

  @Test
  void aClinicianCannotOpenWebhooks() {
    var browser = browsers.open();
    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");
    assertThat(clinician.menu()).doesNotContain("Webhooks");
    browser.go(portal.url("/webhooks"));
    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }
}
