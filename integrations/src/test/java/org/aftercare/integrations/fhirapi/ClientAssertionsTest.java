package org.aftercare.integrations.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The algorithms SMART Backend Services names, and no others, with a key of the client's set. */
class ClientAssertionsTest {

  private static final UUID CLIENT = UUID.randomUUID();
  private static final String TOKEN_URL = "https://portal.example/fhir/auth/token";
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void rs384WithTheClientsRsaKeyIsAccepted() throws Exception {
    var key = new RSAKeyGenerator(2048).keyID("rsa-1").generate();

    var checked = check(sign(JWSAlgorithm.RS384, new RSASSASigner(key), key), key.toPublicJWK());

    assertThat(checked.jti()).isEqualTo("jti-1");
    assertThat(checked.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
  }

  @Test
  void otherAlgorithmsAndCurvesAreRefused() throws Exception {
    var rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    var p256 = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();

    assertThatThrownBy(
            () -> check(sign(JWSAlgorithm.RS256, new RSASSASigner(rsa), rsa), rsa.toPublicJWK()))
        .hasMessageContaining("RS384 or ES384");
    assertThatThrownBy(
            () -> check(sign(JWSAlgorithm.ES256, new ECDSASigner(p256), p256), p256.toPublicJWK()))
        .hasMessageContaining("RS384 or ES384");
  }

  @Test
  void theClaimedClientIsReadBeforeTheSignatureIsChecked() throws Exception {
    var key = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();

    assertThat(ClientAssertions.claimedClient(sign(JWSAlgorithm.ES384, new ECDSASigner(key), key)))
        .contains(CLIENT);
    assertThat(ClientAssertions.claimedClient("not.a.jwt")).isEmpty();
  }

  private static ClientAssertions.Checked check(String assertion, JWK publicKey)
      throws ClientAssertions.AssertionException {
    return ClientAssertions.check(assertion, CLIENT, new JWKSet(publicKey), Set.of(TOKEN_URL), NOW);
  }

  private static String sign(JWSAlgorithm algorithm, JWSSigner signer, JWK key) throws Exception {
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(CLIENT.toString())
                .subject(CLIENT.toString())
                .audience(TOKEN_URL)
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(4))))
                .jwtID("jti-1")
                .build());
    jwt.sign(signer);
    return jwt.serialize();
  }
}
