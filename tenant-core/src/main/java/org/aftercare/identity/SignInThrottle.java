package org.aftercare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's record of failed sign-ins. The first {@value #FREE_FAILURES} failures cost nothing;
 * after that each attempt must wait twice as long as the one before (capped at {@link #MAX_DELAY}),
 * and an attempt that comes too early is refused without the password being checked — so guessing
 * is impossible while the delay runs. At {@value #LOCK_AFTER} failures the account locks until an
 * admin unlocks it or a password reset is used.
 */
@Embeddable
public class SignInThrottle {

  static final int FREE_FAILURES = 5;
  static final int LOCK_AFTER = 20;
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  @Column(name = "failed_sign_ins", nullable = false)
  private int failures;

  @Column(name = "last_failed_sign_in_at")
  private Instant lastFailureAt;

  @Column(name = "locked_at")
  private Instant lockedAt;

  public boolean isLocked() {
    return lockedAt != null;
  }

  int failures() {
    return failures;
  }

  /** When the next attempt will be checked, if a delay is running. */
  Optional<Instant> nextCheckAt() {
    if (failures < FREE_FAILURES || lastFailureAt == null) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return Optional.of(lastFailureAt.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
  }

  /** Whether a password presented at {@code now} may be checked at all. */
  boolean allowsCheckAt(Instant now) {
    return !isLocked() && nextCheckAt().map(allowed -> !now.isBefore(allowed)).orElse(true);
  }

  /** Counts a checked attempt that failed; true when this failure locked the account. */
  boolean recordFailure(Instant now) {
    failures++;
    lastFailureAt = now;
    if (failures >= LOCK_AFTER && lockedAt == null) {
      lockedAt = now;
      return true;
    }
    return false;
  }

  void recordSuccess() {
    failures = 0;
    lastFailureAt = null;
  }

  void unlock() {
    recordSuccess();
    lockedAt = null;
  }
}
