package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Any signed-in page: the frame with navigation and the account menu. */
final class HomePage {

  private final Browser browser;
  private final PackagedPortal portal;

  HomePage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    this.portal = portal;
  }

  /** On a phone the navigation sits in a closed drawer; this opens it. */
  HomePage openDrawer() {
    browser.click(By.tagName("vaadin-drawer-toggle"));
    return this;
  }

  List<String> menu() {
    browser.waitFor(By.tagName("vaadin-side-nav-item"));
    return browser.driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  ClientsPage openClients() {
    browser.go(portal.url("/clients"));
    return new ClientsPage(browser, portal);
  }

  /** Navigates to the clients address without expecting to be let in. */
  void goToClients() {
    browser.go(portal.url("/clients"));
  }

  OutcomesPage openOutcomes() {
    browser.go(portal.url("/outcomes"));
    return new OutcomesPage(browser);
  }

  AuditLogPage openAuditLog() {
    browser.go(portal.url("/audit"));
    return new AuditLogPage(browser);
  }

  /** Clicks the client's Home in the side navigation: one round trip of the signed-in session. */
  void goHome() {
    clickMenu("Home");
  }

  void clickMenu(String item) {
    browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='" + item + "']"));
  }

  void signOut() {
    openAccountMenu("sign-out");
    browser.waitFor(By.id("vaadinLoginUsername"));
  }

  /** Chooses the portal's language ("en", "es") in the account menu; the page reloads in it. */
  void chooseLanguage(String language) {
    browser.click(By.id("account-menu"));
    browser.click(By.id("account-language"));
    browser.click(By.id("language-" + language));
    browser.waitFor(By.cssSelector("html[lang^='" + language + "']"));
  }

  void openPasswordPage() {
    openAccountMenu("account-password");
    browser.waitFor(By.id("current-password"));
  }

  /** The account menu at the top right: password and sign-out, apart from the side navigation. */
  private void openAccountMenu(String itemId) {
    browser.click(By.id("account-menu"));
    browser.click(By.id(itemId));
  }
}
