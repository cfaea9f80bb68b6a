package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The clinic admin's staff page. */
final class StaffPage {

  private final Browser browser;

  StaffPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/staff"));
    browser.waitFor(By.id("staff"));
  }

  void deactivate(String email) {
    browser.click(By.id("deactivate-" + email));
    browser.click(
        By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Deactivate']"));
  }

  /** Ticks and unticks role boxes in the person's roles dialog, then saves. */
  void toggleRoles(String email, String... roles) {
    browser.click(By.id("roles-" + email));
    for (String role : roles) {
      browser.click(By.xpath("//vaadin-checkbox[normalize-space()='" + role + "']"));
    }
    browser.click(By.id("save-roles"));
    expectNotification("Roles changed");
  }

  void signOutEverywhere(String email) {
    browser.click(By.id("sign-out-everywhere-" + email));
    browser.click(
        By.xpath(
            "//vaadin-confirm-dialog//vaadin-button[normalize-space()='Sign out everywhere']"));
    expectNotification("signed out everywhere");
  }

  /** Waits for a notification with this text; fails the test when none shows. */
  void expectNotification(String text) {
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
  }

  void invite(String email, String name, String role) {
    invite(email, name, role, null);
  }

  /** Invites in {@code language} as the form names it ("Español"), or the admin's own if null. */
  void invite(String email, String name, String role, String language) {
    browser.click(By.id("invite-staff"));
    browser.type(By.cssSelector("#invite-email input"), email);
    browser.type(By.cssSelector("#invite-name input"), name);
    browser.click(By.xpath("//vaadin-checkbox[normalize-space()='" + role + "']"));
    if (language != null) {
      browser.click(
          By.xpath(
              "//vaadin-radio-group[@id='invite-language']//vaadin-radio-button[normalize-space()='"
                  + language
                  + "']"));
    }
    browser.click(By.id("send-invitation"));
    browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + email + "']"));
  }
}
