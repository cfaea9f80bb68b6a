package org.aftercare.ui.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a test opens: screenshots of each when the test fails (taken before they close),
 * with each one's address and text and the portal's last errors in the output, and closed after
 * every test. Register with {@code @RegisterExtension}.
 */
final class BrowserSession implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<Browser> browsers = new ArrayList<>();

  Browser open() {
    var browser = Browser.open(1280, 900);
    browsers.add(browser);
    return browser;
  }

  Browser openPhone() {
    var browser = Browser.openPhone();
    browsers.add(browser);
    return browser;
  }

  Browser openPhone(int width, int height) {
    var browser = Browser.openPhone(width, height);
    browsers.add(browser);
    return browser;
  }

  Browser openPhone(int width, int height, String languages) {
    var browser = Browser.openPhone(width, height, languages);
    browsers.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      for (int i = 0; i < browsers.size(); i++) {
        browsers.get(i).screenshot(context.getRequiredTestMethod().getName() + "-" + i);
        System.out.printf(
            "Browser %d of %s when it failed: %s%n",
            i, context.getRequiredTestMethod().getName(), browsers.get(i).describe());
      }
      PackagedPortal.printLastErrors();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    browsers.forEach(Browser::close);
    browsers.clear();
  }
}
