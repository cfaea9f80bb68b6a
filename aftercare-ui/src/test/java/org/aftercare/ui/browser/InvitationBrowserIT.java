package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Onboarding end to end over real SMTP (GreenMail): the operator registers a clinic, its first
 * admin follows the mailed link, chooses a password and invites a clinician, who joins the same
 * way.
 */
class InvitationBrowserIT extends PortalBrowserTest {

  private static final String PASSWORD = "calm lakes and long walks";

  @Test
  void newClinicsAdminJoinsByMailAndInvitesAClinician() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String slug = "lakeside-" + run;
    String adminEmail = "admin-" + run + "@lakeside.example";
    String clinicianEmail = "dana-" + run + "@lakeside.example";
    var adminBrowser = browsers.open();
    var admin = newClinicsAdmin(adminBrowser, "Lakeside " + run, slug, adminEmail);
    assertThat(admin.menu()).contains("Staff");
    var staff = new StaffPage(adminBrowser, portal);
    staff.invite(clinicianEmail, "Dana Lake", "Clinician");
    adminBrowser.screenshot("staff");
    staff.deactivate(adminEmail);
    staff.expectNotification("last admin");

    String clinicianLink = portal.linkMailedTo(clinicianEmail);
    var clinicianBrowser = browsers.open();
    new InvitationPage(clinicianBrowser, clinicianLink).choosePassword(PASSWORD);
    var clinician =
        new LoginPage(clinicianBrowser, portal).signInWith(slug, clinicianEmail, PASSWORD);

    assertThat(clinician.menu()).contains("Clients").doesNotContain("Staff");
    assertThat(new InvitationPage(clinicianBrowser, clinicianLink).isUnusable()).isTrue();
  }

  /**
   * Rights live with the sign-in: an admin who demotes a clinician to peer mentor ends the
   * clinician's open session at its next click, and "Sign out everywhere" ends the next one.
   */
  @Test
  void demotedClinicianLosesTheClientListOnTheNextClick() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String slug = "brookside-" + run;
    String adminEmail = "admin-" + run + "@brookside.example";
    String clinicianEmail = "dana-" + run + "@brookside.example";
    var adminBrowser = browsers.open();
    newClinicsAdmin(adminBrowser, "Brookside " + run, slug, adminEmail).menu();
    var staff = new StaffPage(adminBrowser, portal);
    staff.invite(clinicianEmail, "Dana Brook", "Clinician");
    var clinicianBrowser = browsers.open();
    new InvitationPage(clinicianBrowser, portal.linkMailedTo(clinicianEmail))
        .choosePassword(PASSWORD);
    var clinician =
        new LoginPage(clinicianBrowser, portal).signInWith(slug, clinicianEmail, PASSWORD);
    assertThat(clinician.menu()).contains("Clients");

    // The staff page opened afresh: Dana has joined since it was loaded.
    new StaffPage(adminBrowser, portal).toggleRoles(clinicianEmail, "Clinician", "Peer mentor");
    clinician.clickMenu("Clients");

    clinicianBrowser.waitFor(By.id("vaadinLoginUsername"));
    var mentor = new LoginPage(clinicianBrowser, portal).signInWith(slug, clinicianEmail, PASSWORD);
    // Sign-in returns to the page the session ended on, the dashboard, which a mentor may not see.
    clinicianBrowser.go(portal.url("/"));
    assertThat(mentor.menu()).doesNotContain("Clients");
    mentor.goToClients();
    assertThat(clinicianBrowser.find(By.id("access-denied")).getText()).contains("Access denied");
    clinicianBrowser.go(portal.url("/"));
    mentor.menu();

    new StaffPage(adminBrowser, portal).signOutEverywhere(clinicianEmail);
    mentor.clickMenu("My mentees");

    clinicianBrowser.waitFor(By.id("vaadinLoginUsername"));
  }

  /** The operator registers a clinic; its first admin joins by the mailed link and signs in. */
  private HomePage newClinicsAdmin(
      Browser adminBrowser, String name, String slug, String adminEmail) {
    var operatorBrowser = browsers.open();
    new LoginPage(operatorBrowser, portal).signIn("", "operator@aftercare.example");
    new ClinicsPage(operatorBrowser, portal).register(name, slug, adminEmail);
    new InvitationPage(adminBrowser, portal.linkMailedTo(adminEmail)).choosePassword(PASSWORD);
    return new LoginPage(adminBrowser, portal).signInWith(slug, adminEmail, PASSWORD);
  }

  @Test
  void tamperedLinkIsRefused() {
    var browser = browsers.open();

    browser.go(portal.url("/invitation?clinic=riverside&token=not-a-real-token"));

    assertThat(browser.find(By.id("invitation-unusable")).getText()).contains("cannot be used");
  }
}
