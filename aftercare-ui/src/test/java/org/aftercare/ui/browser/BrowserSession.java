package org.aftercare.ui.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a test opens: screenshots of each when the test fails (taken before they close),
 * with each one's address and text and the portal's last errors in the output, and after every test
 * given back to the {@link BrowserPool} (closed after a failed one). Register with
 * {@code @RegisterExtension}.
 */
final class BrowserSession implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<Browser> browsers = new ArrayList<>();
  private boolean failed;

  Browser open() {
    return take(Browser.Screen.desktop());
  }

  /** A desktop browser that asks for pages in {@code languages} first ("es-US,es"). */
  Browser open(String languages) {
    return take(Browser.Screen.desktop(languages));
  }

  Browser openPhone() {
    return take(Browser.Screen.phone());
  }

  Browser openPhone(int width, int height) {
    return take(Browser.Screen.phone(width, height));
  }

  /** A phone whose browser asks for pages in {@code languages} first ("es-US,es"). */
  Browser openPhone(int width, int height, String languages) {
    return take(new Browser.Screen(width, height, true, languages));
  }

  private Browser take(Browser.Screen screen) {
    var browser = BrowserPool.take(screen);
    browsers.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      failed = true;
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
    // A failed test's browsers are not kept: whatever went wrong there must not reach the next.
    browsers.forEach(failed ? Browser::close : BrowserPool::giveBack);
    browsers.clear();
    failed = false;
  }
}
