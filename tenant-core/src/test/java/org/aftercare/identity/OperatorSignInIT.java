package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.PlatformAuditEvent;
import org.aftercare.audit.PlatformAuditService;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.LockWaits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators' sign-ins are throttled like everyone's and recorded in the platform's audit trail. */
class OperatorSignInIT extends DeployedDomain {

  private static final String PASSWORD = "operators keep the lights on";

  @Inject PlatformOperatorService operators;
  @Inject PlatformAuditService platformAudit;
  @Inject Caller caller;
  @Inject ClinicThreads threads;

  private String email;

  @BeforeEach
  void createOperator() {
    email = "ops-" + UUID.randomUUID() + "@aftercare.example";
    operators.create(email, PASSWORD);
  }

  @Test
  void successAndFailureAreAuditedInThePlatformTrail() {
    assertThat(operators.signIn(email, "not the password")).isEmpty();
    assertThat(operators.signIn(email, PASSWORD)).isPresent();

    assertThat(platformAudit.eventsOf(email))
        .extracting(PlatformAuditEvent::getAction)
        .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_SUCCEEDED);
  }

  /** Twenty failures, each after the delay the one before imposed (refused tries do not count). */
  @Test
  void twentyFailuresLockTheOperatorAndTheLockIsAudited() throws SQLException {
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      operators.signIn(email, "guess " + UUID.randomUUID());
      delayHasPassed();
    }

    assertThat(operators.signIn(email, PASSWORD)).isEmpty();
    assertThat(platformAudit.eventsOf(email))
        .extracting(PlatformAuditEvent::getAction)
        .contains(AuditAction.ACCOUNT_LOCKED);
  }

  /** Another operator lifts the lock from the console; the command line can too. */
  @Test
  void aLockedOperatorIsUnlockedByAnotherOperatorOrFromTheCommandLine() throws SQLException {
    lockOut();
    PlatformOperator locked = operators.findByEmail(email).orElseThrow();
    assertThat(locked.isLocked()).isTrue();
    var colleague =
        new SignedInUser(
            "colleague@aftercare.example",
            UUID.randomUUID(),
            null,
            "Colleague",
            Set.of(Role.PLATFORM_OPERATOR),
            Instant.now(),
            0,
            null);

    caller.callAs(colleague, () -> operators.unlock(locked.getId()));

    assertThat(operators.signIn(email, PASSWORD)).isPresent();
    assertThat(platformAudit.eventsOf("colleague@aftercare.example"))
        .extracting(PlatformAuditEvent::getAction)
        .containsExactly(AuditAction.ACCOUNT_UNLOCKED);

    lockOut();
    assertThat(operators.unlockAtStart(email)).isTrue();
    assertThat(operators.signIn(email, PASSWORD)).isPresent();
    assertThat(operators.unlockAtStart("nobody@aftercare.example")).isFalse();
  }

  private void lockOut() throws SQLException {
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      operators.signIn(email, "guess " + UUID.randomUUID());
      delayHasPassed();
    }
  }

  /** As for clinic accounts: a flood of guesses queues for the hasher, not on the row lock. */
  @Test
  void aFloodOfGuessesAtAnOperatorDoesNotQueueOnItsRowLock() throws Exception {
    List<Callable<?>> guesses =
        IntStream.range(0, 24)
            .<Callable<?>>mapToObj(
                i ->
                    () ->
                        threads.outsideAnyClinic(() -> operators.signIn(email, "wrong guess " + i)))
            .toList();

    var flood = LockWaits.during(dataSource, guesses);

    assertThat(flood.outcomes()).hasSize(24).allMatch(Optional.empty()::equals);
    assertThat(flood.mostWaitingOnARowLock()).isLessThanOrEqualTo(LockWaits.FEW);
  }

  /** Moves the last failure a day back, past any delay, as waiting it out would. */
  private void delayHasPassed() throws SQLException {
    try (var connection = dataSource.getConnection();
        var update =
            connection.prepareStatement(
                "update platform_operator set last_failed_sign_in_at = now() - interval '1 day'"
                    + " where lower(email) = lower(?)")) {
      update.setString(1, email);
      update.executeUpdate();
    }
  }
}
