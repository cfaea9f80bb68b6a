package org.aftercare.ui.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A client's attendance letter: first the consents in force it may be given under, then the letter
 * addressed to the one chosen, printed from the browser.
 */
final class AttendanceLetterPage {

  private final Browser browser;

  AttendanceLetterPage(Browser browser) {
    this.browser = browser;
    browser.waitForEither(By.id("letter-consents"), By.id("no-consent-for-letter"));
  }

  /** Gives the letter under the consent whose link names this recipient. */
  AttendanceLetterPage underConsentTo(String recipient) {
    browser.click(
        By.xpath(
            "//*[@id='letter-consents']//a[contains(normalize-space(), '" + recipient + "')]"));
    browser.waitFor(By.id("redisclosure-notice"));
    return this;
  }

  /** The letter's "To: …" line. */
  String addressee() {
    return browser.find(By.xpath("//p[starts-with(normalize-space(), 'To: ')]")).getText().trim();
  }

  String redisclosureNotice() {
    return browser.find(By.id("redisclosure-notice")).getText().trim();
  }

  /**
   * Clicks Print and waits until the portal, having recorded the disclosure, asks the browser to
   * print. The print dialog is stubbed first: headless Chrome would block on it.
   */
  AttendanceLetterPage print() {
    var js = (JavascriptExecutor) browser.driver;
    js.executeScript(
        "window.aftercarePrinted = false; window.print = () => { window.aftercarePrinted = true; };");
    browser.click(By.id("print-letter"));
    browser
        .waiting(Duration.ofSeconds(10))
        .until(driver -> Boolean.TRUE.equals(js.executeScript("return window.aftercarePrinted")));
    return this;
  }
}
