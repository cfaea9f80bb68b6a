package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The operator's clinics console. */
final class ClinicsPage {

  private final Browser browser;

  ClinicsPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/clinics"));
    browser.waitFor(By.id("clinics"));
  }

  String gridText() {
    return browser.find(By.id("clinics")).getText();
  }

  boolean lists(String clinicName) {
    return !browser
        .driver
        .findElements(
            By.xpath("//vaadin-grid-cell-content[normalize-space()='" + clinicName + "']"))
        .isEmpty();
  }

  void waitUntilListed(String clinicName) {
    browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + clinicName + "']"));
  }

  void register(String name, String slug, String firstAdminEmail) {
    browser.click(By.id("new-clinic"));
    browser.type(By.cssSelector("#clinic-name input"), name);
    if (slug != null) {
      browser.type(By.cssSelector("#clinic-slug input"), slug);
    }
    browser.type(By.cssSelector("#clinic-first-admin input"), firstAdminEmail);
    browser.click(By.id("register-clinic"));
  }

  String slugError() {
    return browser.find(By.cssSelector("#clinic-slug [slot='error-message']")).getText().trim();
  }

  void suspend(String slug, String reason) {
    changeStatus("suspend-" + slug, reason);
    browser.waitFor(By.id("reactivate-" + slug));
  }

  void reactivate(String slug, String reason) {
    changeStatus("reactivate-" + slug, reason);
    browser.waitFor(By.id("suspend-" + slug));
  }

  private void changeStatus(String buttonId, String reason) {
    browser.click(By.id(buttonId));
    browser.type(By.cssSelector("#status-reason textarea"), reason);
    browser.click(By.id("confirm-status-change"));
  }
}
