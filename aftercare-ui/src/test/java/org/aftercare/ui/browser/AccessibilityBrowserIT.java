package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every main page of every role passes axe-core's WCAG 2.x A and AA rules with no serious or
 * critical finding: clients on a phone (390 × 844), staff at a desk. Each test gathers the findings
 * of all its pages before it fails, so one run names them all.
 */
class AccessibilityBrowserIT extends PortalBrowserTest {

  /** The check itself sees the page: a field without a label and faint text are found. */
  @Test
  void theCheckFindsAnUnlabelledFieldAndFaintText() {
    var browser = browsers.open();
    browser.go(portal.url("/login?clinic=riverside"));
    browser.waitFor(By.id("vaadinLoginUsername"));

    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.body.insertAdjacentHTML('beforeend', '<input id=\"probe-field\">"
                + "<p id=\"probe-text\" style=\"color:#c8c8c8;background:#fff\">faint</p>')");

    assertThat(AccessibilityCheck.violations(browser, "probe"))
        .anyMatch(line -> line.contains("label") && line.contains("#probe-field"))
        .anyMatch(line -> line.contains("color-contrast") && line.contains("#probe-text"));
  }

  @Test
  void signInPagesHaveNoSeriousFindings() {
    var browser = browsers.open();
    var found = new ArrayList<String>();

    visit(browser, "/login?clinic=riverside", By.id("vaadinLoginUsername"), found);
    visit(browser, "/forgot-password?clinic=riverside", By.tagName("h1"), found);

    assertThat(found).isEmpty();
  }

  @Test
  void clientPagesOnAPhoneHaveNoSeriousFindings() {
    var phone = browsers.openPhone(390, 844);
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var found = new ArrayList<String>();

    visitAll(phone, found, "/home", "/sharing", "/password");
    visit(phone, "/offline", By.tagName("h1"), found);

    assertThat(found).isEmpty();
  }

  @Test
  void clinicianPagesHaveNoSeriousFindings() {
    var browser = staffBrowser("clinician@riverside.example");
    var found = new ArrayList<String>();

    visitAll(browser, found, "/dashboard", "/clients", "/groups", "/schedule");
    new HomePage(browser, portal).openClients().open("Alex R.");
    found.addAll(AccessibilityCheck.violations(browser, "client record"));
    GroupPage.open(browser, portal, "Evening SMART Recovery");
    found.addAll(AccessibilityCheck.violations(browser, "group"));

    assertThat(found).isEmpty();
  }

  @Test
  void peerMentorPagesHaveNoSeriousFindings() {
    var browser = staffBrowser("mentor@riverside.example");
    var found = new ArrayList<String>();

    visitAll(browser, found, "/mentees", "/schedule");

    assertThat(found).isEmpty();
  }

  @Test
  void clinicAdminPagesHaveNoSeriousFindings() {
    var browser = staffBrowser("admin@riverside.example");
    var found = new ArrayList<String>();

    visitAll(
        browser,
        found,
        "/overview",
        "/staff",
        "/groups",
        "/settings",
        "/audit",
        "/connections",
        "/deliveries",
        "/api-clients",
        "/webhooks");

    assertThat(found).isEmpty();
  }

  @Test
  void operatorPagesHaveNoSeriousFindings() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("", "operator@aftercare.example");
    var found = new ArrayList<String>();

    visitAll(browser, found, "/clinics");

    assertThat(found).isEmpty();
  }

  private void visitAll(Browser browser, List<String> found, String... paths) {
    for (String path : paths) {
      visit(browser, path, By.tagName("h1"), found);
    }
  }

  private void visit(Browser browser, String path, By shown, List<String> found) {
    browser.go(portal.url(path));
    browser.waitFor(shown);
    found.addAll(AccessibilityCheck.violations(browser, path));
  }
}
