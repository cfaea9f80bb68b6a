package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Deployments;
import org.aftercare.testing.LockWaits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInIT extends DeployedDomain {

  private static final String PASSWORD = "river stones and quiet mornings";

  @Inject AccountService accounts;
  @Inject AccountIdentityStore identityStore;
  @Inject RequestOrigin origin;
  @Inject ClinicThreads threads;
  @Inject AuditService audit;
  @Inject TenantService tenants;

  private String email;

  @BeforeEach
  void openAccount() {
    email = "dana-" + UUID.randomUUID() + "@a.example";
    clinics.asClinicA(() -> accounts.open(email, "Dana", PASSWORD, Set.of(Role.CLINICIAN)));
  }

  @Test
  void rightPasswordSignsInAndIsAudited() {
    var signedIn = clinics.asClinicA(() -> accounts.signIn(email, PASSWORD));

    assertThat(signedIn).isPresent();
    assertThat(actionsFor(signedIn.get().getId())).contains(AuditAction.SIGN_IN_SUCCEEDED);
  }

  /** Ten thousand characters typed as the address: refused, and 320 of them kept in the trail. */
  @Test
  void failedSignInRecordsAtMostTheFirst320CharactersTyped() {
    String typed = "x".repeat(9_990) + "@a.example";

    assertThat(clinics.asClinicA(() -> accounts.signIn(typed, PASSWORD))).isEmpty();

    assertThat(
            rowsOfClinicA()
                .count(
                    "select count(*) from audit_event where action = 'SIGN_IN_FAILED'"
                        + " and actor = ?",
                    "x".repeat(320)))
        .isEqualTo(1);
  }

  /**
   * A flood of guesses at one account waits for the hasher, not on the account's row lock with a
   * pooled connection each (the pool every clinic shares): connections waiting on a lock stay few
   * while it runs. Before, each attempt hashed under the lock and the rest queued on it.
   */
  @Test
  void aFloodOfGuessesAtOneAccountDoesNotQueueOnItsRowLock() throws Exception {
    List<Callable<?>> guesses =
        IntStream.range(0, 24)
            .<Callable<?>>mapToObj(
                i ->
                    () ->
                        threads.callAs(
                            clinics.clinicA(), () -> accounts.signIn(email, "wrong guess " + i)))
            .toList();
    var flood = LockWaits.during(dataSource, guesses);

    assertThat(flood.outcomes()).hasSize(24).allMatch(Optional.empty()::equals);
    assertThat(flood.mostWaitingOnARowLock()).isLessThanOrEqualTo(LockWaits.FEW);
  }

  /**
   * Past the limit for one source address the right password gets the wrong password's answer,
   * without any work; another address still signs in.
   */
  @Test
  void anAddressOverItsLimitGetsTheSameRefusalEvenWithTheRightPassword()
      throws InterruptedException {
    awayFromTheEndOfAMinute();
    var clinic = tenants.find(clinics.clinicA()).orElseThrow().getSlug();
    String flooding = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);
    origin.set(null, flooding, "flood");
    for (int i = 0; i < Deployments.SIGN_INS_PER_ADDRESS; i++) {
      identityStore.validate(new ClinicCredential(clinic, email, "wrong " + i));
      rowsOfClinicA().signInDelayPassed(email);
    }

    var overTheLimit = identityStore.validate(new ClinicCredential(clinic, email, PASSWORD));
    origin.set(null, "2001:db8::" + UUID.randomUUID().toString().substring(0, 4), "other");
    var fromElsewhere = identityStore.validate(new ClinicCredential(clinic, email, PASSWORD));

    assertThat(overTheLimit.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(fromElsewhere.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
  }

  /**
   * The per-address limit counts per minute of the clock: attempts that straddle two minutes start
   * a fresh count halfway (a whole run once let the ninth attempt in that way).
   */
  private static void awayFromTheEndOfAMinute() throws InterruptedException {
    long intoTheMinute = System.currentTimeMillis() % 60_000;
    if (intoTheMinute > 45_000) {
      Thread.sleep(60_000 - intoTheMinute + 100);
    }
  }

  @Test
  void twentyFailuresLockTheAccountEvenForTheRightPassword() {
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      failOnce();
      delayHasPassed();
    }

    var afterLock = clinics.asClinicA(() -> accounts.signIn(email, PASSWORD));
    var account = clinics.asClinicA(() -> accounts.findByEmail(email)).orElseThrow();

    assertThat(afterLock).isEmpty();
    assertThat(account.isLocked()).isTrue();
    assertThat(actionsFor(account.getId()))
        .contains(AuditAction.ACCOUNT_LOCKED)
        .filteredOn(action -> action == AuditAction.SIGN_IN_FAILED)
        .hasSize(SignInThrottle.LOCK_AFTER + 1);
  }

  /** Attempts refused during the delay are no new failures: quick tries cannot lock anyone out. */
  @Test
  void quickAttemptsDuringTheDelayDoNotLockTheAccount() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      failOnce();
    }

    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      failOnce();
    }

    assertThat(clinics.asClinicA(() -> accounts.findByEmail(email)).orElseThrow().isLocked())
        .isFalse();
    delayHasPassed();
    assertThat(clinics.asClinicA(() -> accounts.signIn(email, PASSWORD))).isPresent();
  }

  @Test
  void rightPasswordDuringTheDelayIsRefusedUnchecked() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      failOnce();
    }
    // Fifteen failures, the last just now: a delay of the full fifteen minutes is running (five
    // failures give one second, which a busy machine can outlast between two statements).
    rowsOfClinicA()
        .update(
            "update account set failed_sign_ins = 15, last_failed_sign_in_at = now()"
                + " where lower(email) = lower(?)",
            email);

    assertThat(clinics.asClinicA(() -> accounts.signIn(email, PASSWORD))).isEmpty();
  }

  @Test
  void successBeforeTheLimitClearsTheCount() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
      failOnce();
    }

    assertThat(clinics.asClinicA(() -> accounts.signIn(email, PASSWORD))).isPresent();
    var account = clinics.asClinicA(() -> accounts.findByEmail(email)).orElseThrow();
    assertThat(account.password().throttle().failures()).isZero();
  }

  @Test
  void accountOfAnotherClinicCannotBeSignedIntoFromThisOne() {
    assertThat(clinics.asClinicB(() -> accounts.signIn(email, PASSWORD))).isEmpty();
  }

  @Test
  void commonPasswordIsRefusedWhenOpeningAnAccount() {
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () ->
                        accounts.open("x@a.example", "X", "password1234", Set.of(Role.CLINICIAN))))
        .isInstanceOf(InvalidInputException.class);
  }

  private void delayHasPassed() {
    rowsOfClinicA().signInDelayPassed(email);
  }

  private void failOnce() {
    clinics.asClinicA(() -> accounts.signIn(email, "wrong guess " + UUID.randomUUID()));
  }

  private List<AuditAction> actionsFor(UUID accountId) {
    return clinics.asClinicA(() -> audit.eventsFor(accountId)).stream()
        .map(AuditEvent::getAction)
        .toList();
  }
}
