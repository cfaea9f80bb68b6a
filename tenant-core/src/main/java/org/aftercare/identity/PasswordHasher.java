package org.aftercare.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's figure; the container default is far lower),
 * set explicitly on our own instance of the container's {@link Pbkdf2PasswordHash}. At most a few
 * hashes run at once (by default one per processor): a flood of sign-in attempts then waits its
 * turn here instead of taking every processor from the clinics' pages.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "aftercare.sign-in.parallel-hashes")
  Optional<Integer> parallelHashes;

  /** Checked when no account matches, so a wrong e-mail costs as long as a wrong password. */
  private String decoy;

  private Semaphore turns;

  @PostConstruct
  void configure() {
    turns =
        new Semaphore(
            Math.max(1, parallelHashes.orElse(Runtime.getRuntime().availableProcessors())), true);
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash(UUID.randomUUID().toString());
  }

  public String hash(String password) {
    return inTurn(() -> pbkdf2.generate(password.toCharArray()));
  }

  public boolean matches(String password, String storedHash) {
    return inTurn(() -> pbkdf2.verify(password.toCharArray(), storedHash));
  }

  /** Spends the same time as a real check, and fails. */
  public boolean matchesNothing(String password) {
    inTurn(() -> pbkdf2.verify(password.toCharArray(), decoy));
    return false;
  }

  private <T> T inTurn(Supplier<T> hashing) {
    turns.acquireUninterruptibly();
    try {
      return hashing.get();
    } finally {
      turns.release();
    }
  }
}
