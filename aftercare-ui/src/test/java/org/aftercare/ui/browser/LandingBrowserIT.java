package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * After signing in each person lands where their work is: clinicians on their dashboard, peer
 * mentors on their mentees, clinic admins on the clinic overview, operators on the clinics console,
 * clients on their own home. Password and sign-out live in the account menu, not the navigation.
 */
class LandingBrowserIT extends PortalBrowserTest {

  @Test
  void clinicianLandsOnTheDashboard() {
    var browser = staffBrowser("clinician@riverside.example");

    assertThat(landingOf(browser)).isEqualTo("/dashboard");
    browser.screenshot("landing-clinician");
  }

  @Test
  void peerMentorLandsOnTheirMentees() {
    var browser = staffBrowser("mentor@riverside.example");

    assertThat(landingOf(browser)).isEqualTo("/mentees");
    browser.screenshot("landing-mentor");
  }

  @Test
  void clinicAdminLandsOnTheClinicOverview() {
    var browser = staffBrowser("admin@riverside.example");

    assertThat(landingOf(browser)).isEqualTo("/overview");
    assertThat(browser.find(By.id("overview-staff")).getText())
        .contains("active accounts", "Manage staff");
    assertThat(browser.find(By.id("overview-groups")).getText()).contains("active groups");
    assertThat(browser.find(By.id("overview-deliveries")).getText())
        .contains("waiting to go", "dead letters");
    assertThat(browser.find(By.id("overview-settings")).getText())
        .contains("America/", "+1 555 0100", "Riverside Recovery Center on call");
    browser.screenshot("landing-admin");
  }

  @Test
  void operatorLandsOnTheClinicsConsole() {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("", "operator@aftercare.example");

    assertThat(landingOf(browser)).isEqualTo("/clinics");
    browser.screenshot("landing-operator");
  }

  @Test
  void clientLandsOnTheirHomeOnAPhone() {
    var phone = browsers.openPhone(390, 844);
    var home = new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");

    assertThat(landingOf(phone)).isEqualTo("/home");
    assertThat(phone.find(By.id("need-support")).isDisplayed()).isTrue();
    phone.screenshot("landing-client");
    assertThat(home.openDrawer().menu()).doesNotContain("Password");
  }

  @Test
  void passwordAndSignOutAreInTheAccountMenu() {
    var browser = staffBrowser("clinician@riverside.example");
    var home = new HomePage(browser, portal);

    assertThat(home.menu()).doesNotContain("Password", "Home");
    home.openPasswordPage();
    browser.screenshot("account-menu-password");
    home.signOut();
  }

  private static String landingOf(Browser browser) {
    browser.waitFor(By.tagName("h1"));
    return java.net.URI.create(browser.driver.getCurrentUrl()).getPath();
  }
}
