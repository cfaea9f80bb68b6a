package org.aftercare.tenancy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.Test;

/**
 * The operations figure of connections held: a transaction that has written holds one until it
 * ends, and what is taken is given back — a count that only grew would read as a pool running dry.
 * Other work of the shared server (timers) may hold connections at any moment, so the test compares
 * against what was held before, allowing the count time to settle.
 */
class ConnectionsInUseIT extends DeployedDomain {

  @Inject HeldConnection held;

  @Test
  void aWritingTransactionHoldsAConnectionUntilItEndsAndEveryOneIsGivenBack()
      throws InterruptedException {
    int before = ConnectionsInUse.now();

    int heldWhileWriting = 0;
    for (int round = 0; round < 30; round++) {
      heldWhileWriting = Math.max(heldWhileWriting, held.countedWhileHolding());
    }

    assertThat(heldWhileWriting).isGreaterThanOrEqualTo(1);
    assertThat(settledCount(before)).isLessThanOrEqualTo(before);
  }

  private static int settledCount(int target) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (ConnectionsInUse.now() > target && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    return ConnectionsInUse.now();
  }
}
