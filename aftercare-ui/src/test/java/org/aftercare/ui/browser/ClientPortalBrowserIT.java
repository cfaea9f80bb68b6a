package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A clinician invites a client to the portal from the record; the client joins by mail. */
class ClientPortalBrowserIT extends PortalBrowserTest {

  private static final String PASSWORD = "one day at a time, every day";
  private static final String NEW_PASSWORD = "still one day at a time";

  @Test
  void invitedClientSignsInToTheirOwnPortal() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "robin-" + run + "@example.org";
    var staffBrowser = browsers.open();
    var clinician =
        new LoginPage(staffBrowser, portal).signIn("riverside", "clinician@riverside.example");
    clinician.openClients().add("Robin " + run, "Robin Example", email);

    staffBrowser.click(By.id("invite-client"));
    String link = portal.linkMailedTo(email);
    var clientBrowser = browsers.open();
    new InvitationPage(clientBrowser, link).choosePassword(PASSWORD);
    var client = new LoginPage(clientBrowser, portal).signInWith("riverside", email, PASSWORD);

    assertThat(client.menu()).containsExactly("Home", "Library", "Sharing");
    assertThat(clientBrowser.driver.getCurrentUrl()).endsWith("/home");
    assertThat(clientBrowser.find(By.id("clinic-welcome")).isDisplayed()).isTrue();
    clientBrowser.screenshot("client-home");
    clientBrowser.go(portal.url("/clients"));
    assertThat(clientBrowser.find(By.id("access-denied")).getText()).contains("Access denied");

    var otherPhone = browsers.open();
    new LoginPage(otherPhone, portal).signInWith("riverside", email, PASSWORD).menu();

    clientBrowser.go(portal.url("/"));
    client.openPasswordPage();
    clientBrowser.type(By.cssSelector("#current-password input"), PASSWORD);
    clientBrowser.type(By.cssSelector("#new-password input"), NEW_PASSWORD);
    clientBrowser.type(By.cssSelector("#repeat-password input"), NEW_PASSWORD);
    clientBrowser.click(By.id("change-password"));
    clientBrowser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Password changed')]"));
    // The session that changed the password carries on; one signed in before with the old
    // password is signed out at its next click.
    client.goHome();
    assertThat(clientBrowser.find(By.id("clinic-welcome")).isDisplayed()).isTrue();
    new HomePage(otherPhone, portal).goHome();
    otherPhone.waitFor(By.id("vaadinLoginUsername"));
    client.signOut();
    assertThat(new LoginPage(clientBrowser, portal).attempt("riverside", email, NEW_PASSWORD))
        .isTrue();
  }
}
