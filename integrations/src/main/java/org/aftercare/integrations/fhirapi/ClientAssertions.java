package org.aftercare.integrations.fhirapi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The SMART Backend Services client assertion (a {@code private_key_jwt}): signed RS384 or ES384 by
 * a key of the client's set, issued and subject the client itself, addressed to our token URL,
 * expiring within five minutes, with a {@code jti} (its single use is checked by the caller).
 */
final class ClientAssertions {

  static final Duration LONGEST_LIFETIME = Duration.ofMinutes(5);

  /** Clocks differ a little between the EHR and us. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  private ClientAssertions() {}

  /** The assertion's client id, read before its signature can be checked; empty if unreadable. */
  static Optional<UUID> claimedClient(String assertion) {
    try {
      JWTClaimsSet claims = SignedJWT.parse(assertion).getJWTClaimsSet();
      return Optional.ofNullable(claims.getIssuer()).map(UUID::fromString);
    } catch (ParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A checked assertion: its {@code jti} and when it expires. */
  record Checked(String jti, Instant expiresAt) {}

  static Checked check(
      String assertion, UUID clientId, JWKSet keys, Set<String> audiences, Instant now)
      throws AssertionException {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(assertion);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new AssertionException("The client assertion is not a signed JWT.");
    }
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!ACCEPTED.contains(algorithm)) {
      throw new AssertionException("Sign the client assertion with RS384 or ES384.");
    }
    if (!verifies(jwt, keys, algorithm)) {
      throw new AssertionException(
          "The client assertion's signature matches none of the client's registered keys.");
    }
    String id = clientId.toString();
    if (!id.equals(claims.getIssuer()) || !id.equals(claims.getSubject())) {
      throw new AssertionException("The assertion's iss and sub must both be the client id.");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || audience.stream().noneMatch(audiences::contains)) {
      throw new AssertionException("The assertion's aud must be the token URL: " + audiences);
    }
    Date expires = claims.getExpirationTime();
    if (expires == null || !expires.toInstant().isAfter(now.minus(CLOCK_SKEW))) {
      throw new AssertionException("The client assertion has expired.");
    }
    if (expires.toInstant().isAfter(now.plus(LONGEST_LIFETIME).plus(CLOCK_SKEW))) {
      throw new AssertionException("A client assertion may be valid for five minutes at most.");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank() || jti.length() > 255) {
      throw new AssertionException("The client assertion needs a jti of at most 255 characters.");
    }
    return new Checked(jti, expires.toInstant());
  }

  private static boolean verifies(SignedJWT jwt, JWKSet keys, JWSAlgorithm algorithm) {
    String keyId = jwt.getHeader().getKeyID();
    for (JWK key : keys.getKeys()) {
      if (keyId != null && !keyId.equals(key.getKeyID())) {
        continue;
      }
      try {
        Optional<JWSVerifier> verifier = verifierFor(key, algorithm);
        if (verifier.isPresent() && jwt.verify(verifier.get())) {
          return true;
        }
      } catch (JOSEException notThisKey) {
        // A key of the wrong size or curve for the algorithm: try the next one.
      }
    }
    return false;
  }

  private static Optional<JWSVerifier> verifierFor(JWK key, JWSAlgorithm algorithm)
      throws JOSEException {
    if (algorithm.equals(JWSAlgorithm.RS384) && key instanceof RSAKey rsa) {
      return Optional.of(new RSASSAVerifier(rsa));
    }
    if (algorithm.equals(JWSAlgorithm.ES384)
        && key instanceof ECKey ec
        && Curve.P_384.equals(ec.getCurve())) {
      return Optional.of(new ECDSAVerifier(ec));
    }
    return Optional.empty();
  }

  /** Why an assertion is refused; told to the client as the {@code error_description}. */
  static class AssertionException extends Exception {
    AssertionException(String message) {
      super(message);
    }
  }
}
