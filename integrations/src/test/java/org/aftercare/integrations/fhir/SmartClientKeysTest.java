package org.aftercare.integrations.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;

/**
 * Our SMART key pairs: EC P-384 with a random kid; the JWK Set for the EHR holds the public key
 * only, and can be made again from the stored private key; the private key is never printed.
 */
class SmartClientKeysTest {

  @Test
  void aGeneratedKeyIsAnEcP384PrivateKeyNamedByItsKid() throws Exception {
    SmartClientKeys.Generated keys = SmartClientKeys.generate();

    JWK key = JWK.parse(keys.privateJwk());
    assertThat(key).isInstanceOf(ECKey.class);
    assertThat(((ECKey) key).getCurve()).isEqualTo(Curve.P_384);
    assertThat(key.isPrivate()).isTrue();
    assertThat(key.getKeyID()).isEqualTo(keys.keyId()).isNotBlank();
    assertThat(SmartClientKeys.generate().keyId()).isNotEqualTo(keys.keyId());
  }

  @Test
  void theJwkSetForTheEhrHoldsOnlyThePublicKey() throws Exception {
    SmartClientKeys.Generated keys = SmartClientKeys.generate();

    JWKSet published = JWKSet.parse(keys.publicJwks());

    assertThat(published.getKeys()).hasSize(1);
    assertThat(published.getKeys().get(0).isPrivate()).isFalse();
    assertThat(published.getKeys().get(0).getKeyID()).isEqualTo(keys.keyId());
    assertThat(keys.publicJwks()).doesNotContain("\"d\"");
    assertThat(SmartClientKeys.publicJwksOf(keys.privateJwk())).isEqualTo(keys.publicJwks());
  }

  @Test
  void thePrivateKeyIsNeverPrintedNorRepeatedInAnError() {
    SmartClientKeys.Generated keys = SmartClientKeys.generate();

    assertThat(keys.toString()).contains(keys.keyId()).doesNotContain(keys.privateJwk());
    assertThatThrownBy(() -> SmartClientKeys.publicJwksOf("{\"kty\":\"EC\",\"d\":\"s3cret\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The SMART client key is not a JWK.");
  }
}
