package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A clinic admin edits the clinic's settings; a clinician may not. */
class ClinicSettingsBrowserIT extends PortalBrowserTest {

  @Test
  void adminSavesSettingsAndABadLinkTemplateIsRefusedAtTheField() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "admin@riverside.example");
    browser.go(portal.url("/settings"));
    String welcome = "Welcome back! We are glad you are here. " + UUID.randomUUID();

    browser.type(
        By.cssSelector("#settings-video-template input"), "http://insecure.example/{group}");
    browser.click(By.id("save-settings"));
    String error =
        browser.find(By.cssSelector("#settings-video-template [slot='error-message']")).getText();
    browser.type(
        By.cssSelector("#settings-video-template input"), "https://meet.example.org/{group}");
    // The name clients' mail goes out under must not name the clinic.
    browser.type(By.cssSelector("#settings-neutral-name input"), "Riverside portal");
    browser.click(By.id("save-settings"));
    String neutralNameError =
        browser.find(By.cssSelector("#settings-neutral-name [slot='error-message']")).getText();
    browser.empty(By.cssSelector("#settings-neutral-name input"));
    browser.type(By.cssSelector("#settings-welcome textarea"), welcome);
    browser.click(By.id("save-settings"));
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Settings saved')]"));
    browser.screenshot("clinic-settings");
    browser.go(portal.url("/settings"));

    assertThat(error).contains("https://");
    assertThat(neutralNameError).contains("do not name the clinic");
    assertThat(browser.find(By.cssSelector("#settings-welcome textarea")).getAttribute("value"))
        .isEqualTo(welcome);
  }

  @Test
  void clinicianIsDeniedTheSettings() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");

    browser.go(portal.url("/settings"));

    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }
}
