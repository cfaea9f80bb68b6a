package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** One client's record. */
final class ClientRecordPage {

  private final Browser browser;

  ClientRecordPage(Browser browser) {
    this.browser = browser;
  }

  String title() {
    return browser.find(By.id("client-title")).getText().trim();
  }

  String url() {
    browser.waitUntilUrlContains("/clients/");
    return browser.driver.getCurrentUrl();
  }
}
