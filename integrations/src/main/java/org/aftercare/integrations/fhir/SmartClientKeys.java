package org.aftercare.integrations.fhir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.UUID;

/**
 * Our key pairs for SMART Backend Services: the private key signs each token request's client
 * assertion; the care team's EHR knows the public key from the JWK Set the clinic's admin gives it
 * when registering us.
 */
public final class SmartClientKeys {

  private SmartClientKeys() {}

  /**
   * A new key pair.
   *
   * @param keyId the {@code kid} each assertion names, so the EHR knows which registered key to try
   * @param privateJwk the whole key as a JWK (JSON): a secret, for the caller to encrypt and store
   * @param publicJwks a JWK Set (JSON) holding only the public key: what the EHR is given
   */
  public record Generated(String keyId, String privateJwk, String publicJwks) {

    /** Never the private key: records print their components. */
    @Override
    public String toString() {
      return "SmartClientKeys.Generated[" + keyId + "]";
    }
  }

  /** An EC P-384 key pair for ES384 signatures, with a random {@code kid}. */
  public static Generated generate() {
    JWK key;
    try {
      key =
          new ECKeyGenerator(Curve.P_384)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES384)
              .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("This JVM cannot make EC P-384 keys", e);
    }
    return new Generated(key.getKeyID(), key.toJSONString(), publicJwks(key));
  }

  /** The JWK Set with only the public half of a stored private key. */
  public static String publicJwksOf(String privateJwk) {
    return publicJwks(parse(privateJwk));
  }

  /**
   * A private key as stored; the message never repeats the text, which may be a secret.
   *
   * @throws IllegalArgumentException if the text is no JWK, or a public one
   */
  static JWK parse(String privateJwk) {
    JWK key;
    try {
      key = JWK.parse(privateJwk == null ? "" : privateJwk);
    } catch (ParseException e) {
      throw new IllegalArgumentException("The SMART client key is not a JWK.");
    }
    if (!key.isPrivate()) {
      throw new IllegalArgumentException(
          "The SMART client key is a public key, not a private one.");
    }
    return key;
  }

  private static String publicJwks(JWK key) {
    return new JWKSet(key.toPublicJWK()).toString(true);
  }
}
