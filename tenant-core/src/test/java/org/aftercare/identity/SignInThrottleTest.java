package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant START = Instant.parse("2026-11-25T18:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle();

  @Test
  void firstFiveFailuresCostNoDelay() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
      throttle.recordFailure(START);
    }

    assertThat(throttle.allowsCheckAt(START)).isTrue();
  }

  @Test
  void delayDoublesAfterTheFifthFailureAndIsCapped() {
    fail(5);
    assertThat(throttle.nextCheckAt()).contains(START.plusSeconds(1));
    assertThat(throttle.allowsCheckAt(START)).isFalse();
    assertThat(throttle.allowsCheckAt(START.plusSeconds(1))).isTrue();

    fail(3);
    assertThat(throttle.nextCheckAt()).contains(START.plusSeconds(8));

    fail(10);
    assertThat(throttle.nextCheckAt()).contains(START.plus(SignInThrottle.MAX_DELAY));
  }

  @Test
  void twentiethFailureLocksUntilUnlocked() {
    fail(SignInThrottle.LOCK_AFTER - 1);
    assertThat(throttle.isLocked()).isFalse();

    boolean lockedNow = throttle.recordFailure(START);

    assertThat(lockedNow).isTrue();
    assertThat(throttle.isLocked()).isTrue();
    assertThat(throttle.allowsCheckAt(START.plus(Duration.ofDays(1)))).isFalse();
    throttle.unlock();
    assertThat(throttle.allowsCheckAt(START)).isTrue();
  }

  @Test
  void successClearsTheCountButNotALock() {
    fail(7);
    throttle.recordSuccess();
    assertThat(throttle.failures()).isZero();
    assertThat(throttle.nextCheckAt()).isEmpty();
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(START);
    }
  }
}
