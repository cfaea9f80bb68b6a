package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
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

  /** What comparing the password said, before it is recorded against the account. */
  public enum Verdict {
    /** Within a delay or locked: compared with nothing, and not to be counted. */
    NOT_CHECKED,
    MATCHED,
    MISMATCHED
  }

  /** Checks and records at once, for a person already holding their account's row lock. */
  Outcome attempt(StoredPassword stored, String password) {
    return record(stored, stored.hash(), check(stored, password));
  }

  /**
   * The costly half, which needs neither the account's row lock nor a connection: sign-in runs it
   * first, on what it read of the account, and records the verdict in a short transaction after.
   */
  Verdict check(StoredPassword stored, String password) {
    if (!stored.throttle().allowsCheckAt(clock.instant())) {
      // Counting refused attempts would let anyone lock anyone's account with twenty quick tries.
      passwordHasher.matchesNothing(password);
      return Verdict.NOT_CHECKED;
    }
    return passwordHasher.matches(password, stored.hash()) ? Verdict.MATCHED : Verdict.MISMATCHED;
  }

  /**
   * Counts a verdict against the throttle as it is now, under the account's row lock. A verdict on
   * a hash replaced meanwhile (the password was changed or reset during the check) counts for
   * nothing.
   */
  Outcome record(StoredPassword stored, String checkedHash, Verdict verdict) {
    SignInThrottle throttle = stored.throttle();
    return switch (stored.isStill(checkedHash) ? verdict : Verdict.NOT_CHECKED) {
      case NOT_CHECKED -> Outcome.REFUSED;
      case MATCHED -> {
        if (throttle.isLocked()) {
          // Locked by other attempts while this one was being checked.
          yield Outcome.REFUSED;
        }
        throttle.recordSuccess();
        yield Outcome.SUCCEEDED;
      }
      case MISMATCHED ->
          throttle.recordFailure(clock.instant()) ? Outcome.LOCKED_NOW : Outcome.FAILED;
    };
  }
}
