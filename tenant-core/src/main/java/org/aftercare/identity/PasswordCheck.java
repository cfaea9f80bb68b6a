package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * One sign-in attempt against a stored hash, under the account's {@link SignInThrottle}. Every path
 * costs one password hash, so the time taken does not tell a locked account from a wrong password.
 */
@ApplicationScoped
public class PasswordCheck {

  /** What an attempt came to. */
  public enum Outcome {
    SUCCEEDED,
    FAILED,
    LOCKED_NOW;

    public boolean succeeded() {
      return this == SUCCEEDED;
    }
  }

  @Inject PasswordHasher passwordHasher;

  Clock clock = Clock.systemUTC();

  Outcome attempt(SignInThrottle throttle, String storedHash, String password) {
    Instant now = clock.instant();
    boolean matches =
        throttle.allowsCheckAt(now)
            ? passwordHasher.matches(password, storedHash)
            : passwordHasher.matchesNothing(password);
    if (matches) {
      throttle.recordSuccess();
      return Outcome.SUCCEEDED;
    }
    return throttle.recordFailure(now) ? Outcome.LOCKED_NOW : Outcome.FAILED;
  }
}
