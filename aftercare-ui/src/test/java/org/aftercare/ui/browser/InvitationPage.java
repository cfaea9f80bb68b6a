package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The page an invitation link opens. */
final class InvitationPage {

  private final Browser browser;

  InvitationPage(Browser browser, String link) {
    this.browser = browser;
    browser.go(link);
  }

  void choosePassword(String password) {
    browser.type(By.cssSelector("#new-password input"), password);
    browser.type(By.cssSelector("#repeat-password input"), password);
    browser.click(By.id("accept-invitation"));
    browser.waitFor(By.id("vaadinLoginUsername"));
  }

  boolean isUnusable() {
    return browser.find(By.id("invitation-unusable")).isDisplayed();
  }
}
