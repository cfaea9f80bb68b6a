package org.aftercare.ui.browser;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test shares: the packaged portal (one per test run) and the browsers a test
 * opens, photographed on failure and closed after each test.
 */
abstract class PortalBrowserTest {

  final PackagedPortal portal = PackagedPortal.shared();

  @RegisterExtension final BrowserSession browsers = new BrowserSession();

  /** A browser with a member of Riverside's staff signed in. */
  Browser staffBrowser(String email) {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", email);
    return browser;
  }
}
