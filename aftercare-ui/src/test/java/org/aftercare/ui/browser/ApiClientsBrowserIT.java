package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The clinic admin's registry of EHRs that fetch through the FHIR API: the admin reads the
 * addresses to give the vendor, registers an EHR with its public keys pasted in — a set that is no
 * JWK Set is refused at its field and nothing is saved — and sees the client id it was given;
 * disabling and enabling it again, and removing it only after a confirmation that says its tokens
 * stop at once. A clinician names such an EHR for a care-team member: no schedule is asked for and
 * no summary is offered to send, since the EHR fetches. The registry is the admin's alone.
 */
class ApiClientsBrowserIT extends PortalBrowserTest {

  @Test
  void adminRegistersAnEhrWithItsPastedKeysThenDisablesEnablesAndRemovesIt() throws Exception {
    String ehr = "Mercy EHR " + UUID.randomUUID().toString().substring(0, 6);
    var admin = staffBrowser("admin@riverside.example");
    var page = new ApiClientsPage(admin, portal);
    assertThat(page.fhirBaseUrl()).isEqualTo(portal.url("/fhir"));
    assertThat(page.tokenUrl()).isEqualTo(portal.url("/fhir/auth/token"));

    String refusal =
        page.startRegistering(ehr, "Mercy Family Practice", "{}", "Patient", "MeasureReport")
            .saveRefusedAtJwks();
    assertThat(refusal).contains("Paste a JWK Set of public keys");
    assertThat(page.lists(ehr)).isFalse();
    admin.screenshot("api-client-refused-jwks");

    String clientId = page.pasteJwks(publicKeySet()).save(ehr).clientId(ehr);
    assertThat(UUID.fromString(clientId)).hasToString(clientId);
    assertThat(page.isDisabled(ehr)).isFalse();
    admin.screenshot("api-clients");

    assertThat(page.disable(ehr).isDisabled(ehr)).isTrue();
    admin.screenshot("api-client-disabled");
    assertThat(page.enable(ehr).isDisabled(ehr)).isFalse();

    assertThat(page.askToRemove(ehr)).contains("tokens stop working at once");
    admin.screenshot("api-client-remove-confirmation");
    assertThat(page.confirmRemoval(ehr).lists(ehr)).isFalse();
  }

  @Test
  void clinicianNamesAnEhrThatFetchesThroughTheApiAndIsOfferedNoSending() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String ehr = "Lakeside Pull " + run;
    String doctor = "Dr. Okafor " + run;
    String fetches = "Fetches through the FHIR API (" + ehr + ")";
    new ApiClientsPage(staffBrowser("admin@riverside.example"), portal)
        .startRegistering(ehr, "Lakeside Clinic", publicKeySet(), "Patient", "MeasureReport")
        .save(ehr);

    var clinician = staffBrowser("clinician@riverside.example");
    var record =
        new HomePage(clinician, portal)
            .openClients()
            .add("Pull " + run, "Pat Puller", "pull-" + run + "@example.org")
            .startAddingCareTeamMember(fetches);
    assertThat(record.asksWhenSummariesGo()).isFalse();
    clinician.screenshot("care-team-member-fetching");
    record.saveCareTeamMember(doctor, "MRN-" + run);

    assertThat(record.careTeamCell(fetches)).isEqualTo(fetches);
    assertThat(record.offersSummaryNowTo(doctor)).isFalse();
    clinician.screenshot("care-team-fetching-through-api");
  }

  @Test
  void clinicianSeesNoApiClientsMenuAndIsDeniedTheAddress() {
    var browser = browsers.open();
    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");

    assertThat(clinician.menu()).doesNotContain("FHIR API clients");
    browser.go(portal.url("/api-clients"));

    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
    browser.screenshot("api-clients-denied-to-clinician");
  }

  /** A JWK Set with one public P-384 key, as an EHR signing ES384 client assertions publishes. */
  private static String publicKeySet() throws GeneralSecurityException {
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp384r1"));
    var point = ((ECPublicKey) generator.generateKeyPair().getPublic()).getW();
    return """
        {"keys": [{"kty": "EC", "crv": "P-384", "kid": "%s", "use": "sig", "alg": "ES384", \
        "x": "%s", "y": "%s"}]}"""
        .formatted(
            UUID.randomUUID(), coordinate(point.getAffineX()), coordinate(point.getAffineY()));
  }

  /** A P-384 coordinate as a JWK writes it: 48 bytes, big-endian, base64url without padding. */
  private static String coordinate(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[48];
    int length = Math.min(bytes.length, fixed.length);
    System.arraycopy(bytes, bytes.length - length, fixed, fixed.length - length, length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
  }
}
