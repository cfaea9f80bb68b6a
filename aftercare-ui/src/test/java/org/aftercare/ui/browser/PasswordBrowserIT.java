package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A forgotten password is reset through a mailed link, which also lifts a lockout. */
class PasswordBrowserIT extends PortalBrowserTest {

  static final String ADMIN = "admin@harborlight.example";
  static final String NEW_PASSWORD = "harbor lights at low tide";

  @Test
  void forgottenPasswordIsResetByMailAndTheLinkWorksOnce() {
    var browser = browsers.open();
    browser.go(portal.url("/login?clinic=harbor-light"));
    browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password']"));
    browser.type(By.cssSelector("#reset-email input"), ADMIN);
    browser.click(By.id("send-reset"));
    assertThat(browser.find(By.id("reset-sent")).getText())
        .contains("If the clinic and e-mail match");

    String link = portal.linkMailedTo(ADMIN, "/reset-password");
    browser.go(link);
    browser.type(By.cssSelector("#new-password input"), NEW_PASSWORD);
    browser.type(By.cssSelector("#repeat-password input"), NEW_PASSWORD);
    browser.click(By.id("save-password"));
    browser.waitFor(By.id("vaadinLoginUsername"));

    assertThat(new LoginPage(browser, portal).attempt("harbor-light", ADMIN, NEW_PASSWORD))
        .isTrue();
    browser.go(link);
    assertThat(browser.find(By.id("reset-unusable")).getText()).contains("cannot be used");
  }

  @Test
  void unknownAddressGetsTheSameAnswer() {
    var browser = browsers.open();
    browser.go(portal.url("/forgot-password?clinic=harbor-light"));
    browser.type(By.cssSelector("#reset-email input"), "nobody@harborlight.example");
    browser.click(By.id("send-reset"));

    assertThat(browser.find(By.id("reset-sent")).getText())
        .contains("If the clinic and e-mail match");
  }
}
