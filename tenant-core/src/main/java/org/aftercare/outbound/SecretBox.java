package org.aftercare.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aftercare.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest (AES-GCM) with a key from configuration — care-team connections'
 * passwords and the video service's webhook secret — so a copy of the database alone neither opens
 * the care teams' systems nor signs events. Without a configured key a connection can still be
 * saved, but not with a password.
 */
@ApplicationScoped
public class SecretBox {

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "aftercare.sharing.secret-key")
  Optional<String> configuredKey;

  public String seal(String secret) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a connection's password", e);
    }
  }

  public String open(String sealed) {
    if (sealed == null) {
      return null;
    }
    byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(in, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A connection's password cannot be decrypted: was aftercare.sharing.secret-key changed?",
          e);
    }
  }

  private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
    String key =
        configuredKey
            .filter(value -> !value.isBlank())
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "password",
                        "Passwords for connections need aftercare.sharing.secret-key configured.",
                        "refusal.outbound.noSecretKey"));
    byte[] keyBytes =
        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(128, iv));
    return cipher;
  }
}
