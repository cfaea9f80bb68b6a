package org.aftercare.ui.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.x A and AA rules run on the page a browser shows, once Vaadin has finished its
 * round trips. Only serious and critical findings count.
 */
final class AccessibilityCheck {

  private static final List<String> WCAG_A_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private static final List<String> COUNTED = List.of("serious", "critical");

  /** Findings inside Vaadin's own components that the portal cannot reach: rule, element, why. */
  private static final List<Exemption> VAADIN_OWN = List.of();

  private AccessibilityCheck() {}

  /** Serious and critical findings on the page, one line each: page, rule, element, summary. */
  static List<String> violations(Browser browser, String page) {
    waitForVaadin(browser);
    var results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver);
    var found = new ArrayList<String>();
    for (Rule rule : results.getViolations()) {
      if (!COUNTED.contains(rule.getImpact())) {
        continue;
      }
      for (CheckedNode node : rule.getNodes()) {
        String target = String.valueOf(node.getTarget());
        if (VAADIN_OWN.stream().noneMatch(own -> own.covers(rule.getId(), target))) {
          found.add(
              page
                  + " · "
                  + rule.getId()
                  + " ("
                  + rule.getImpact()
                  + ") at "
                  + target
                  + ": "
                  + node.getFailureSummary().replace('\n', ' '));
        }
      }
    }
    return found;
  }

  private static void waitForVaadin(Browser browser) {
    browser
        .waiting(Duration.ofSeconds(20))
        .until(
            driver ->
                (Boolean)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "const flow = window.Vaadin && window.Vaadin.Flow;"
                                + " if (!flow || !flow.clients) { return true; }"
                                + " return !Object.values(flow.clients)"
                                + ".some(c => c.isActive && c.isActive());"));
  }

  private record Exemption(String rule, String target, String why) {
    boolean covers(String ruleId, String nodeTarget) {
      return rule.equals(ruleId) && nodeTarget.equals(target);
    }
  }
}
