package org.aftercare.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret the audit chain's hashes are keyed with (HMAC-SHA256), from configuration and never
 * stored in the database: someone who can write to the database but not read the portal's
 * configuration can change an entry, but cannot give it a hash that verifies. Without a key,
 * entries are hashed with plain SHA-256, as before the key existed.
 */
@ApplicationScoped
public class ChainKey {

  /** Short keys could be guessed offline from one entry and its hash. */
  static final int MIN_LENGTH = 32;

  /** Entries hashed with plain SHA-256: those written before a key was configured. */
  static final ChainKey NONE = of(null);

  @Inject
  @ConfigProperty(name = "aftercare.audit.chain-key")
  Optional<String> configured;

  private Optional<SecretKeySpec> key = Optional.empty();

  @PostConstruct
  void read() {
    key = configured.filter(k -> !k.isBlank()).map(ChainKey::spec);
  }

  static ChainKey of(String secret) {
    var chainKey = new ChainKey();
    chainKey.key = Optional.ofNullable(secret).map(ChainKey::spec);
    return chainKey;
  }

  boolean isConfigured() {
    return key.isPresent();
  }

  String hmacHex(String canonicalForm) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key.orElseThrow(() -> new IllegalStateException("No audit chain key configured")));
      return HexFormat.of().formatHex(mac.doFinal(canonicalForm.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
    }
  }

  private static SecretKeySpec spec(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "aftercare.audit.chain-key must be at least " + MIN_LENGTH + " bytes");
    }
    return new SecretKeySpec(bytes, "HmacSHA256");
  }
}
