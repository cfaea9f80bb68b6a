package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The clinic admin's deliveries to care teams, with the status filter. */
final class DeliveriesPage {

  private final Browser browser;

  DeliveriesPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/deliveries"));
    browser.waitFor(By.id("deliveries"));
  }

  DeliveriesPage only(String status) {
    browser.click(By.id("delivery-status"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='" + status + "']"));
    return this;
  }

  /** Waits until a row through this connection shows. */
  boolean shows(String connection) {
    try {
      browser
          .waiting(Duration.ofSeconds(10))
          .until(
              driver ->
                  driver
                      .findElements(
                          By.xpath(
                              "//vaadin-grid-cell-content[normalize-space()='" + connection + "']"))
                      .stream()
                      .anyMatch(WebElement::isDisplayed));
      return true;
    } catch (org.openqa.selenium.TimeoutException absent) {
      return false;
    }
  }
}
