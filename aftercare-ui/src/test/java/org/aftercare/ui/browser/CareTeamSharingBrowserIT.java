package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sharing with a client's care team, by each role in turn: the clinic admin connects the clinic to
 * a care team's FHIR server; the clinician adds the client's outside doctor on it; the client, on a
 * phone, sees the doctor, reads the consent naming them and signs it; a summary the clinician then
 * sends is queued, and the client's revocation cancels it. An attendance letter is a disclosure
 * too: given only under a consent in force, addressed to whom it names, and once printed listed
 * among who received the client's information. A connection may authenticate with SMART Backend
 * Services, its public keys shown to the admin to register with the EHR.
 */
class CareTeamSharingBrowserIT extends PortalBrowserTest {

  private static final String CLIENT = "Alex R.";
  private static final String CLIENT_LEGAL_NAME = "Alexandra Reyes";
  private static final String FHIR_BASE = "https://ehr.example/fhir";
  private static final String COURT = "Cook County Drug Court";

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
    assertThat(record.careTeamCell(doctor)).isEqualTo(doctor);

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

  @Test
  void attendanceLetterToACourtIsGivenUnderAPaperConsentAndShownToTheClient() {
    var clinician = staffBrowser("clinician@riverside.example");
    var record = new HomePage(clinician, portal).openClients().open(CLIENT);
    record.recordPaperConsentTo(COURT, "Proof of attendance for my drug court", CLIENT_LEGAL_NAME);

    var letter = record.openAttendanceLetter().underConsentTo(COURT);
    assertThat(letter.addressee()).isEqualTo("To: " + COURT);
    assertThat(letter.redisclosureNotice()).contains("42 CFR part 2 prohibits");
    clinician.screenshot("attendance-letter-to-court");
    letter.print();

    var phone = browsers.openPhone();
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    phone.go(portal.url("/sharing"));
    assertThat(new SharingPage(phone).disclosureTo(COURT)).isEqualTo(COURT);
    phone.screenshot("client-who-received-phone");
  }

  @Test
  void adminConnectingWithSmartBackendServicesIsShownThePublicKeysToRegister() {
    String connection = "Lakeside SMART " + UUID.randomUUID().toString().substring(0, 6);
    var admin = staffBrowser("admin@riverside.example");

    var connections =
        new ConnectionsPage(admin, portal)
            .addSmartFhirServer(
                connection, FHIR_BASE, "https://ehr.example/token", "aftercare-test");

    assertThat(connections.publicJwks()).contains("\"keys\"").contains("\"kty\"");
    admin.screenshot("smart-connection-public-jwks");
  }
}
