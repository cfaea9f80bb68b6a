package org.aftercare.integrations.fhir;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.aftercare.integrations.peers.FhirReceiver;
import org.aftercare.integrations.testing.AdjustableClock;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.DeliveryOutcome.Result;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMART Backend Services against an EHR on loopback that checks every client assertion and, here,
 * takes FHIR requests only with a token it issued. The rules: a token is reused while it has more
 * than a minute left, per token URL, client and scope; each assertion is signed with the registered
 * key, names the client and the token URL, lasts at most five minutes and has a jti of its own; a
 * refusal is an exception saying the status and the OAuth error, which a delivery turns into a
 * retry.
 */
class SmartTokensTest {

  private static final String CLIENT_ID = "aftercare-clinic-a";
  private static final String SCOPE = "system/MeasureReport.write system/Observation.write";
  private static final Duration CONNECT = Duration.ofMillis(500);
  private static final Duration RESPONSE = Duration.ofSeconds(5);

  private final AdjustableClock clock = AdjustableClock.startingNow();
  private final SmartClientKeys.Generated keys = SmartClientKeys.generate();
  private FhirReceiver ehr;
  private SmartTokens tokens;
  private FhirSender sender;

  @BeforeEach
  void start() {
    ehr =
        new FhirReceiver(clock)
            .start()
            .registerSmartClient(CLIENT_ID, keys.publicJwks())
            .requireBearerTokens(true);
    tokens = new SmartTokens(CONNECT, RESPONSE, true, clock);
    sender = new FhirSender(CONNECT, RESPONSE, true);
  }

  @AfterEach
  void stop() {
    sender.close();
    tokens.close();
    ehr.stop();
  }

  @Test
  void aBundleReachesAServerThatRequiresTheTokenWithOneTokenRequestForTwoDeliveries() {
    FhirEndpoint endpoint = smartEndpoint(keys.privateJwk());

    DeliveryOutcome first = sender.deliver(endpoint, aSummary().build());
    String firstAuthorization = ehr.lastAuthorization();
    DeliveryOutcome second = sender.deliver(endpoint, aSummary().withNewMessageId().build());

    assertThat(first.result()).as(first.detail()).isEqualTo(Result.DELIVERED);
    assertThat(second.result()).as(second.detail()).isEqualTo(Result.DELIVERED);
    assertThat(ehr.stored(MeasureReport.class)).hasSize(2);
    assertThat(ehr.tokenRequests()).isEqualTo(1);
    assertThat(firstAuthorization).startsWith("Bearer ").isEqualTo(ehr.lastAuthorization());
  }

  @Test
  void withoutATokenTheServerRefusesTheBundleForGood() {
    DeliveryOutcome outcome =
        sender.deliver(FhirEndpoint.withoutAuthentication(ehr.baseUrl()), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail())
        .isEqualTo("HTTP 401: A bearer token from this server's token endpoint is required.");
    assertThat(ehr.storedResources()).isEmpty();
  }

  @Test
  void theAssertionIsSignedWithTheKeyOfItsKidAndNamesTheClientAndTheTokenUrl() throws Exception {
    tokenSupplier(keys.privateJwk()).get();

    SignedJWT assertion = SignedJWT.parse(ehr.lastClientAssertion());
    JWTClaimsSet claims = assertion.getJWTClaimsSet();
    assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES384);
    assertThat(assertion.getHeader().getKeyID()).isEqualTo(keys.keyId());
    assertThat(assertion.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
    assertThat(claims.getSubject()).isEqualTo(CLIENT_ID);
    assertThat(claims.getAudience()).containsExactly(ehr.tokenUrl());
    assertThat(Duration.between(clock.instant(), claims.getExpirationTime().toInstant()))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aTokenIsRenewedWhenItHasAMinuteOrLessLeft() {
    FhirEndpoint endpoint = smartEndpoint(keys.privateJwk());
    sender.deliver(endpoint, aSummary().build());
    String issuedFirst = ehr.lastAuthorization();

    clock.advance(Duration.ofSeconds(239));
    sender.deliver(endpoint, aSummary().build());
    int requestsWithAMinuteAndASecondLeft = ehr.tokenRequests();
    clock.advance(Duration.ofSeconds(1));
    DeliveryOutcome renewed = sender.deliver(endpoint, aSummary().build());

    assertThat(requestsWithAMinuteAndASecondLeft).isEqualTo(1);
    assertThat(ehr.tokenRequests()).isEqualTo(2);
    assertThat(renewed.result()).as(renewed.detail()).isEqualTo(Result.DELIVERED);
    assertThat(ehr.lastAuthorization()).isNotEqualTo(issuedFirst);
  }

  @Test
  void anExpiredTokenIsRenewedRatherThanSent() {
    FhirEndpoint endpoint = smartEndpoint(keys.privateJwk());
    sender.deliver(endpoint, aSummary().build());

    clock.advance(Duration.ofMinutes(10));
    DeliveryOutcome outcome = sender.deliver(endpoint, aSummary().build());

    assertThat(outcome.result()).as(outcome.detail()).isEqualTo(Result.DELIVERED);
    assertThat(ehr.tokenRequests()).isEqualTo(2);
  }

  @Test
  void eachScopeHasItsOwnToken() {
    String forReports = tokenSupplier(keys.privateJwk()).get();

    String forObservations =
        tokens
            .tokenSupplier(ehr.tokenUrl(), CLIENT_ID, keys.privateJwk(), "system/Observation.write")
            .get();

    assertThat(forObservations).isNotEqualTo(forReports);
    assertThat(tokenSupplier(keys.privateJwk()).get()).isEqualTo(forReports);
    assertThat(ehr.tokenRequests()).isEqualTo(2);
  }

  @Test
  void aKeyTheEhrDoesNotKnowIsRefusedWithTheOAuthError() {
    SmartClientKeys.Generated unregistered = SmartClientKeys.generate();

    assertThatThrownBy(() -> tokenSupplier(unregistered.privateJwk()).get())
        .isInstanceOf(SmartTokenException.class)
        .hasMessage(
            "The token endpoint answered HTTP 401: invalid_client (No registered key has kid "
                + unregistered.keyId()
                + ".).");
  }

  @Test
  void aKeyPosingAsTheRegisteredOneFailsTheSignatureCheck() throws Exception {
    String impostor = new ECKeyGenerator(Curve.P_384).keyID(keys.keyId()).generate().toJSONString();

    assertThatThrownBy(() -> tokenSupplier(impostor).get())
        .isInstanceOf(SmartTokenException.class)
        .hasMessageContaining("HTTP 401: invalid_client")
        .hasMessageContaining("signature does not verify");
  }

  @Test
  void aRefusedTokenMakesTheDeliveryARetryAndSendsNoBundle() {
    FhirEndpoint endpoint = smartEndpoint(SmartClientKeys.generate().privateJwk());

    DeliveryOutcome outcome = sender.deliver(endpoint, aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail())
        .startsWith("No authorization for the request: The token endpoint answered HTTP 401:")
        .contains("invalid_client")
        .doesNotContain("\"d\"");
    assertThat(ehr.receivedBundles()).isEmpty();
  }

  @Test
  void eachAssertionHasANewJtiAndAReplayedOneIsRefused() throws Exception {
    for (String scope : new String[] {"system/A.write", "system/B.write", "system/C.write"}) {
      tokens.tokenSupplier(ehr.tokenUrl(), CLIENT_ID, keys.privateJwk(), scope).get();
    }
    String captured = ehr.lastClientAssertion();

    HttpResponse<String> replay = postAssertion(captured);

    assertThat(ehr.assertionIds()).hasSize(4);
    assertThat(ehr.assertionIds().subList(0, 3)).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(ehr.assertionIds().get(3)).isEqualTo(ehr.assertionIds().get(2));
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("\"error\":\"invalid_client\"").contains("jti");
  }

  @Test
  void anUnavailableTokenEndpointIsARetry() {
    ehr.answerNext(1, 503, "Down for maintenance");

    DeliveryOutcome outcome = sender.deliver(smartEndpoint(keys.privateJwk()), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail())
        .isEqualTo("No authorization for the request: The token endpoint answered HTTP 503.");
    assertThat(sender.deliver(smartEndpoint(keys.privateJwk()), aSummary().build()).result())
        .isEqualTo(Result.DELIVERED);
  }

  @Test
  void aPlainHttpTokenUrlIsRefusedWithoutConnectingUnlessLoopbackIsAllowed() {
    try (SmartTokens strict = new SmartTokens(CONNECT, RESPONSE, false, clock)) {
      Supplier<String> token =
          strict.tokenSupplier(ehr.tokenUrl(), CLIENT_ID, keys.privateJwk(), SCOPE);

      assertThatThrownBy(token::get)
          .isInstanceOf(SmartTokenException.class)
          .hasMessage("Only https:// token URLs are allowed.");
      assertThat(ehr.requestCount()).isZero();
    }
  }

  @Test
  void aKeyThatCannotSignIsRefusedBeforeAskingAndNotRepeatedInTheMessage() throws Exception {
    String publicJwk = JWK.parse(keys.privateJwk()).toPublicJWK().toJSONString();

    assertThatThrownBy(() -> tokenSupplier(publicJwk).get())
        .isInstanceOf(SmartTokenException.class)
        .hasMessage("The SMART client key is a public key, not a private one.");
    assertThatThrownBy(() -> tokenSupplier("{\"kty\":\"EC\",\"d\":\"s3cret\"}").get())
        .isInstanceOf(SmartTokenException.class)
        .hasMessage("The SMART client key is not a JWK.");
    assertThat(ehr.tokenRequests()).isZero();
  }

  private Supplier<String> tokenSupplier(String privateJwk) {
    return tokens.tokenSupplier(ehr.tokenUrl(), CLIENT_ID, privateJwk, SCOPE);
  }

  private FhirEndpoint smartEndpoint(String privateJwk) {
    return FhirEndpoint.withBearerToken(ehr.baseUrl(), tokenSupplier(privateJwk));
  }

  /** What an eavesdropper who saw an assertion would try. */
  private HttpResponse<String> postAssertion(String assertion) throws Exception {
    String form =
        "grant_type=client_credentials&scope="
            + URLEncoder.encode(SCOPE, StandardCharsets.UTF_8)
            + "&client_assertion_type="
            + URLEncoder.encode(SmartTokens.JWT_BEARER, StandardCharsets.UTF_8)
            + "&client_assertion="
            + assertion;
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(ehr.tokenUrl()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
