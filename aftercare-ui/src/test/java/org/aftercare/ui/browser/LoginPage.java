package org.aftercare.ui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The sign-in view. */
final class LoginPage {

  static final String DEMO_PASSWORD = "recovery-demo-2026";

  private final Browser browser;
  private final PackagedPortal portal;

  LoginPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    this.portal = portal;
  }

  /** Signs in through the form and waits for the home view. */
  HomePage signIn(String clinic, String email) {
    browser.go(portal.url("/login?clinic=" + clinic));
    browser.type(By.cssSelector("#vaadinLoginUsername input"), email);
    var password = browser.find(By.cssSelector("#vaadinLoginPassword input"));
    password.sendKeys(DEMO_PASSWORD);
    password.sendKeys(Keys.ENTER);
    browser.waitFor(By.id("sign-out"));
    return new HomePage(browser, portal);
  }
}
