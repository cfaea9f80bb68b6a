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

  /** Submits the form once and waits for the portal's answer; true when signed in. */
  boolean attempt(String clinic, String email, String password) {
    browser.go(portal.url("/login?clinic=" + clinic));
    browser.type(By.cssSelector("#vaadinLoginUsername input"), email);
    var field = browser.find(By.cssSelector("#vaadinLoginPassword input"));
    field.sendKeys(password);
    field.sendKeys(Keys.ENTER);
    return !browser
        .waitForEither(
            // Signed in: the frame's account menu, or "access denied" when the page asked for
            // before sign-in is closed to the role (a demoted clinician's dashboard).
            By.cssSelector("#account-menu, #access-denied"),
            By.cssSelector("vaadin-login-form[error]"))
        .getTagName()
        .equals("vaadin-login-form");
  }

  String errorMessage() {
    return browser.find(By.cssSelector("vaadin-login-form")).getText();
  }

  /** Signs in a demo account through the form and waits for the page the role lands on. */
  HomePage signIn(String clinic, String email) {
    return signInWith(clinic, email, DEMO_PASSWORD);
  }

  HomePage signInWith(String clinic, String email, String password) {
    if (!attempt(clinic, email, password)) {
      throw new AssertionError("Sign-in of " + email + " at " + clinic + " was refused");
    }
    return new HomePage(browser, portal);
  }
}
