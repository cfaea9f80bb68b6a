package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A browser kept for the next test is a new person's: the client who used it is signed out, their
 * local storage and the service worker's copy of their clinic's crisis page are gone, and only one
 * tab is open. Every other browser test relies on it.
 */
class BrowserPoolIT {

  private static final Browser.Screen PHONE = Browser.Screen.phone(390, 844);

  private final PackagedPortal portal = PackagedPortal.shared();

  @Test
  void aKeptBrowserForgetsTheClientWhoUsedIt() {
    var phone = BrowserPool.take(PHONE);
    try {
      new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
      new OfflinePage(phone).waitUntilKept(true);
      String session = phone.sessionId();
      script(phone, "localStorage.setItem('last-user', 'client'); window.open('/home')");
      assertThat(phone.driver.getWindowHandles()).hasSize(2);
      BrowserPool.giveBack(phone);

      var next = BrowserPool.take(PHONE);
      assertThat(next).isSameAs(phone);
      assertThat(next.driver.getWindowHandles()).hasSize(1);
      next.go(portal.url("/home"));
      next.waitFor(By.id("vaadinLoginUsername"));
      assertThat(next.sessionId()).isNotEqualTo(session);
      assertThat(script(next, "return localStorage.getItem('last-user')")).isNull();
      assertThat(
              ((JavascriptExecutor) next.driver)
                  .executeAsyncScript(
                      "const done = arguments[0];"
                          + " caches.has('aftercare-offline-clinic-v1').then(done, () => done(null));"))
          .isEqualTo(false);
    } finally {
      phone.close();
    }
  }

  private static Object script(Browser browser, String script) {
    return ((JavascriptExecutor) browser.driver).executeScript(script);
  }
}
