package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sharing with a client's care team, by each role in turn: the clinic admin connects the clinic to
 * a care team's FHIR server; the clinician adds the client's outside doctor on it; the client, on a
 * phone, sees the doctor, reads the consent naming them and signs it; a summary the clinician then
 * sends is queued, and the client's revocation cancels it.
 */
class CareTeamSharingBrowserIT extends PortalBrowserTest {

  private static final String CLIENT = "Alex R.";
  private static final String CLIENT_LEGAL_NAME = "Alexandra Reyes";
  private static final String FHIR_BASE = "https://ehr.example/fhir";

  @Test
  void clientSignsAConsentNamingTheirDoctorAndRevokesIt() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String connection = "Lakeside EHR " + run;
    String doctor = "Dr. Lee " + run;

    var admin = staffBrowser("admin@riverside.example");
    var connections = new ConnectionsPage(admin, portal).addFhirServer(connection, FHIR_BASE);
    assertThat(connections.cell(connection)).isEqualTo(connection);
    assertThat(connections.cell(FHIR_BASE)).isEqualTo(FHIR_BASE);
    admin.screenshot("care-team-connections");

    var clinician = staffBrowser("clinician@riverside.example");
    var record =
        new HomePage(clinician, portal)
            .openClients()
            .open(CLIENT)
            .addCareTeamMember(connection, doctor, "MRN-" + run);
    assertThat(record.careTeamMember(doctor)).isEqualTo(doctor);

    var phone = browsers.openPhone();
    var home = new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    assertThat(home.openDrawer().menu()).contains("Sharing");
    home.clickMenu("Sharing");
    var sharing = new SharingPage(phone);
    assertThat(sharing.careTeam()).contains(doctor);
    String words = sharing.chooseRecipient(doctor).consentTextNaming(doctor);
    assertThat(words).contains(CLIENT_LEGAL_NAME).contains("to " + doctor);
    sharing.sign(CLIENT_LEGAL_NAME);
    assertThat(sharing.statusOfConsentTo(doctor)).isEqualTo("In force");
    phone.screenshot("client-sharing-phone");

    // Staff sessions idle out after a minute in these tests: sign in again rather than wait.
    new HomePage(staffBrowser("clinician@riverside.example"), portal)
        .openClients()
        .open(CLIENT)
        .sendSummaryNow(doctor);
    var deliveries = staffBrowser("admin@riverside.example");
    assertThat(new DeliveriesPage(deliveries, portal).only("Queued").shows(connection)).isTrue();

    sharing.revokeConsentTo(doctor);

    assertThat(sharing.statusOfConsentTo(doctor)).startsWith("Revoked on");
    phone.screenshot("client-sharing-revoked-phone");
    assertThat(new DeliveriesPage(deliveries, portal).only("Cancelled").shows(connection)).isTrue();
    deliveries.screenshot("admin-deliveries");
  }

  private Browser staffBrowser(String email) {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", email);
    return browser;
  }
}
