package org.aftercare.ui.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test class shares: the packaged portal with the demo clinics, started once per
 * class, and browsers that are photographed when a test fails and closed after each test.
 */
abstract class PortalBrowserTest {

  static PackagedPortal portal;
  private final List<Browser> browsers = new ArrayList<>();

  /** Runs before {@code @AfterEach} closes the browsers, so the failing page is still there. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotsOnFailure =
      context -> {
        if (context.getExecutionException().isPresent()) {
          for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot(context.getRequiredTestMethod().getName() + "-" + i);
          }
        }
      };

  @BeforeAll
  static void startPortal() {
    portal = PackagedPortal.startWithDemoClinics();
  }

  @AfterAll
  static void stopPortal() throws InterruptedException {
    portal.close();
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
  }

  Browser newBrowser() {
    var browser = Browser.open(1280, 900);
    browsers.add(browser);
    return browser;
  }
}
