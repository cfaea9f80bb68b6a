package org.aftercare.integrations.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The client assertion an EHR posts to the token endpoint is read before anything vouches for it:
 * any text is a claimed client or none, and checking it ends in a checked assertion or a refusal
 * the endpoint words as {@code invalid_client} — also when it is signed by the client's own key but
 * its claims are nonsense.
 */
class ClientAssertionsFuzzTest {

  private static final UUID CLIENT = UUID.fromString("0190c6e1-0000-7000-8000-000000000002");
  private static final String AUDIENCE = "https://fhir.example/fhir/auth/token";
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final ECKey KEY = generated();

  /** The token endpoint reads the claim only from a form that carries an assertion. */
  @FuzzTest(maxDuration = "1m")
  void anyAssertionClaimsAClientOrNone(byte[] posted) {
    String assertion = new String(posted, StandardCharsets.UTF_8);

    var client = ClientAssertions.claimedClient(assertion);

    assertThat(client).isNotNull();
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "{",
    "}",
    "\\x22iss\\x22:",
    "\\x22sub\\x22:",
    "\\x22aud\\x22:",
    "\\x22exp\\x22:",
    "\\x22jti\\x22:",
    "\\x22nbf\\x22:",
    "[",
    "]",
    "0190c6e1-0000-7000-8000-000000000002",
    "https://fhir.example/fhir/auth/token",
    "1796040000",
    "null",
    "true",
    "1e400",
    "-1"
  })
  void signedNonsenseIsRefusedAsAnInvalidClient(FuzzedDataProvider data) throws JOSEException {
    String assertion;
    if (data.consumeBoolean()) {
      var jws =
          new JWSObject(
              new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(KEY.getKeyID()).build(),
              new Payload(data.consumeRemainingAsString()));
      jws.sign(new ECDSASigner(KEY));
      assertion = jws.serialize();
    } else {
      assertion = data.consumeRemainingAsString();
    }

    try {
      var checked =
          ClientAssertions.check(
              assertion, CLIENT, new JWKSet(KEY.toPublicJWK()), Set.of(AUDIENCE), NOW);
      assertThat(checked.jti()).isNotBlank();
      assertThat(checked.expiresAt()).isAfter(NOW.minus(ClientAssertions.CLOCK_SKEW));
    } catch (ClientAssertions.AssertionException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  private static ECKey generated() {
    try {
      return new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
