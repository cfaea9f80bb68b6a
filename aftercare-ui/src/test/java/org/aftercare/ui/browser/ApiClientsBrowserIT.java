package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
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

  /**
   * The REST API in the portal as shipped (the WAR with Vaadin beside it, not the integration
   * tests' smaller one): the admin registers the clinic's EHR with REST scopes, the EHR trades a
   * signed assertion for a token and discharges a client, then finds them by record number.
   */
  @Test
  void theClinicsOwnEhrRegisteredByTheAdminDischargesAClientOverTheRestApi() throws Exception {
    String ehr = "Riverside EHR " + UUID.randomUUID().toString().substring(0, 6);
    ECKey key = new ECKeyGenerator(Curve.P_384).keyID(UUID.randomUUID().toString()).generate();
    var page = new ApiClientsPage(staffBrowser("admin@riverside.example"), portal);
    String clientId =
        page.startRegistering(ehr, "Riverside Recovery", new JWKSet(key.toPublicJWK()).toString())
            .allowing("clients.read", "clients.write")
            .save(ehr)
            .clientId(ehr);

    String token = tokenFor(clientId, key, "clients.read clients.write");
    String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        send(
            HttpRequest.newBuilder(URI.create(portal.url("/api/v1/clients")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", mrn)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"displayName": "Jo", "legalName": "Jo Rivera", "ehrMrn": "%s"}"""
                            .formatted(mrn))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"legalName\":\"Jo Rivera\"").contains(mrn);
    var found =
        send(
            HttpRequest.newBuilder(URI.create(portal.url("/api/v1/clients?ehrMrn=" + mrn)))
                .header("Authorization", "Bearer " + token));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("\"items\":[{").contains("Jo Rivera");
    var description = send(HttpRequest.newBuilder(URI.create(portal.url("/openapi"))));
    assertThat(description.body()).contains("/clients/{id}/mentor");
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
  /** SMART Backend Services: a signed assertion traded for a token at the shared endpoint. */
  private String tokenFor(String clientId, ECKey key, String scopes) throws Exception {
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(portal.url("/fhir/auth/token"))
            .expirationTime(Date.from(Instant.now().plusSeconds(240)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    String form =
        "grant_type=client_credentials&client_assertion_type="
            + URLEncoder.encode(
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&client_assertion="
            + jwt.serialize()
            + "&scope="
            + URLEncoder.encode(scopes, StandardCharsets.UTF_8);
    var answer =
        send(
            HttpRequest.newBuilder(URI.create(portal.url("/fhir/auth/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    try (var http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

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
