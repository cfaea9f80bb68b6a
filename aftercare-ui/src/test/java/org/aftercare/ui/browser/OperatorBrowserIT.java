package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The platform operator registers and suspends clinics, and sees counts but never people. */
class OperatorBrowserIT extends PortalBrowserTest {

  private static final String OPERATOR = "operator@aftercare.example";

  @Test
  void operatorSeesClinicsWithCountsButNoClientOrStaffNames() {
    var browser = browsers.open();
    var home = new LoginPage(browser, portal).signIn("", OPERATOR);

    assertThat(home.menu()).contains("Clinics").doesNotContain("Clients");
    var clinics = new ClinicsPage(browser, portal);
    clinics.waitUntilListed("Riverside Recovery Center");
    browser.screenshot("operator-clinics");

    String page = browser.driver.getPageSource();
    assertThat(page).contains("Harbor Light Treatment");
    assertThat(page)
        .doesNotContain("Alex R.")
        .doesNotContain("Alexandra Reyes")
        .doesNotContain("clinician@riverside.example");
    browser.go(portal.url("/clients"));
    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }

  @Test
  void operatorRegistersAClinicAndATakenShortNameIsRefusedAtTheField() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("", OPERATOR);
    var clinics = new ClinicsPage(browser, portal);
    String name = "Lakeside Wellness " + UUID.randomUUID().toString().substring(0, 4);

    clinics.register(name, null, "first-admin@lakeside.example");
    clinics.waitUntilListed(name);
    clinics.register("Another Riverside", "riverside", "someone@riverside.example");

    assertThat(clinics.slugError()).contains("already uses");
  }

  @Test
  void suspendingAClinicEndsItsSessionsAndBlocksSignInUntilReactivated() {
    var staffBrowser = browsers.open();
    var clinician =
        new LoginPage(staffBrowser, portal).signIn("harbor-light", "clinician@harborlight.example");
    var operatorBrowser = browsers.open();
    new LoginPage(operatorBrowser, portal).signIn("", OPERATOR);
    var clinics = new ClinicsPage(operatorBrowser, portal);

    clinics.suspend("harbor-light", "Unpaid invoice, testing");
    try {
      clinician.goToClients();
      staffBrowser.waitFor(By.id("vaadinLoginUsername"));
      assertThat(
              new LoginPage(staffBrowser, portal)
                  .attempt(
                      "harbor-light", "clinician@harborlight.example", LoginPage.DEMO_PASSWORD))
          .isFalse();
    } finally {
      clinics.reactivate("harbor-light", "Invoice paid");
    }

    assertThat(
            new LoginPage(staffBrowser, portal)
                .attempt("harbor-light", "clinician@harborlight.example", LoginPage.DEMO_PASSWORD))
        .isTrue();
  }
}
