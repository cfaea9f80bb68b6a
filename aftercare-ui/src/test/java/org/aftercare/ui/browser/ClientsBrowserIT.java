package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinician of Riverside adds a client, finds it and opens it; a clinician of Harbor Light can
 * neither find it nor open its address; a peer mentor cannot open the client list at all.
 */
class ClientsBrowserIT extends PortalBrowserTest {

  @Test
  void clientAddedInOneClinicIsInvisibleToAnother() {
    String token = UUID.randomUUID().toString().substring(0, 6);
    String displayName = "Quinn " + token;
    var riverside = browsers.open();
    var clinicianA =
        new LoginPage(riverside, portal).signIn("riverside", "clinician@riverside.example");

    var record = clinicianA.openClients().add(displayName, "Quinn Zimmer", "quinn@example.org");
    String recordUrl = record.url();
    assertThat(record.title()).isEqualTo(displayName);
    riverside.screenshot("client-record");
    var list = clinicianA.openClients().search(token);
    assertThat(list.shows(displayName)).isTrue();
    riverside.screenshot("clients-search");
    assertThat(list.open(displayName).title()).isEqualTo(displayName);
    clinicianA.signOut();

    var harbor = browsers.open();
    var clinicianB =
        new LoginPage(harbor, portal).signIn("harbor-light", "clinician@harborlight.example");
    var listB = clinicianB.openClients();
    assertThat(listB.shows("Taylor B.")).as("B's own demo client is listed").isTrue();
    harbor.screenshot("clients-list");
    assertThat(listB.search(token).shows(displayName)).isFalse();
    harbor.go(recordUrl);
    assertThat(harbor.find(By.id("not-found")).getText()).contains("Not found");
    assertThat(harbor.driver.getPageSource()).doesNotContain("Quinn Zimmer");
  }

  @Test
  void invalidInputIsShownAtTheFieldAndNothingIsSaved() {
    var browser = browsers.open();
    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");

    var list = clinician.openClients();
    list.tryToSave("Nobody Saved", "not-an-e-mail");

    assertThat(list.errorOf("legal-name")).contains("legal name");
    browser.screenshot("client-form-errors");
    browser.click(By.xpath("//vaadin-button[normalize-space()='Cancel']"));
    assertThat(clinician.openClients().search("Nobody Saved").shows("Nobody Saved")).isFalse();
  }

  @Test
  void peerMentorSeesNoClientsMenuAndIsDeniedTheAddress() {
    var browser = browsers.open();
    var mentor = new LoginPage(browser, portal).signIn("riverside", "mentor@riverside.example");

    assertThat(mentor.menu()).doesNotContain("Clients");
    browser.go(portal.url("/clients"));
    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }
}
