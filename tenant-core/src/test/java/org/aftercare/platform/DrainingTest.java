package org.aftercare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The stop waits for work under way, up to its limit; once draining, background work is skipped
 * while requests are still counted and waited for.
 */
class DrainingTest {

  private final Draining draining = new Draining();

  @Test
  void drainWaitsForTheRequestUnderWay() throws Exception {
    assertThat(draining.admit()).isTrue();
    var drained = CompletableFuture.supplyAsync(this::drainForFiveSeconds);

    Thread.sleep(300);
    boolean finishedEarly = drained.isDone();
    draining.leave();

    assertThat(finishedEarly).isFalse();
    assertThat(drained.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void drainGivesUpAtItsLimit() throws Exception {
    assertThat(draining.admit()).isTrue();

    long started = System.nanoTime();
    boolean finished = draining.drain(Duration.ofMillis(300), Duration.ofMillis(300));

    assertThat(finished).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  /**
   * Under steady traffic the drain still ends: requests are admitted for its first window only, and
   * it finishes once those admitted have left, well before its limit.
   */
  @Test
  void requestsAreAdmittedForTheWindowOnlySoTheDrainEndsUnderSteadyTraffic() throws Exception {
    assertThat(draining.admit()).as("under way when the drain begins").isTrue();
    var drained =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return draining.drain(Duration.ofMillis(300), Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    while (!draining.isDraining()) {
      Thread.onSpinWait();
    }
    boolean admittedInTheWindow = draining.admit();
    if (admittedInTheWindow) {
      draining.leave();
    }
    Thread.sleep(500);
    boolean admittedAfterIt = draining.admit();
    boolean waitingForTheFirst = !drained.isDone();
    draining.leave();

    assertThat(admittedInTheWindow).isTrue();
    assertThat(admittedAfterIt).as("the window has closed").isFalse();
    assertThat(waitingForTheFirst).isTrue();
    assertThat(drained.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void backgroundWorkIsSkippedOnceDraining() throws Exception {
    var ran = new AtomicBoolean();

    assertThat(draining.drain(Duration.ofSeconds(1), Duration.ofSeconds(1))).isTrue();
    boolean started = draining.unlessDraining(() -> ran.set(true));

    assertThat(started).isFalse();
    assertThat(ran).isFalse();
    assertThat(draining.isDraining()).isTrue();
  }

  @Test
  void aTimerRunUnderWayIsWaitedFor() throws Exception {
    var running = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var run =
        CompletableFuture.runAsync(
            () ->
                draining.unlessDraining(
                    () -> {
                      running.countDown();
                      await(release);
                    }));
    running.await(5, TimeUnit.SECONDS);

    var drained = CompletableFuture.supplyAsync(this::drainForFiveSeconds);
    Thread.sleep(300);
    boolean finishedEarly = drained.isDone();
    release.countDown();

    assertThat(finishedEarly).isFalse();
    assertThat(drained.get(5, TimeUnit.SECONDS)).isTrue();
    run.get(5, TimeUnit.SECONDS);
  }

  private boolean drainForFiveSeconds() {
    try {
      return draining.drain(Duration.ofSeconds(5), Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
