package org.aftercare.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's figure; the container default is far lower),
 * set explicitly on our own instance of the container's {@link Pbkdf2PasswordHash}.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Checked when no account matches, so a wrong e-mail costs as long as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash(UUID.randomUUID().toString());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, and fails. */
  public boolean matchesNothing(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
    return false;
  }
}
