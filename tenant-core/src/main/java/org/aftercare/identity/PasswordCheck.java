package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.aftercare.audit.AuditOutcome;

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
    /** Too early after the last failure, or locked: not checked, and not counted. */
    REFUSED,
    LOCKED_NOW;

    public boolean succeeded() {
      return this == SUCCEEDED;
    }

    /** A refused attempt is told apart in the trail: it was not checked and did not count. */
    public AuditOutcome auditOutcome() {
      return switch (this) {
        case SUCCEEDED -> AuditOutcome.SUCCESS;
        case REFUSED -> AuditOutcome.DENIED;
        case FAILED, LOCKED_NOW -> AuditOutcome.FAILED;
      };
    }
  }

  @Inject PasswordHasher passwordHasher;

  Clock clock = Clock.systemUTC();

  Outcome attempt(SignInThrottle throttle, String storedHash, String password) {
    Instant now = clock.instant();
    if (!throttle.allowsCheckAt(now)) {
      // Counting refused attempts would let anyone lock anyone's account with twenty quick tries.
      passwordHasher.matchesNothing(password);
      return Outcome.REFUSED;
    }
    if (passwordHasher.matches(password, storedHash)) {
      throttle.recordSuccess();
      return Outcome.SUCCEEDED;
    }
    return throttle.recordFailure(now) ? Outcome.LOCKED_NOW : Outcome.FAILED;
  }
}
