package org.aftercare.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests that arrive at the same moment: each piece of work on a plain thread of its own (use
 * {@link ClinicThreads} inside it to act for a clinic). Not a managed executor's threads: their
 * tasks share the test request's component invocation, and the end of a task closed the
 * non-transactional entity manager the test's own thread went on to use.
 */
public final class AtOnce {

  private AtOnce() {}

  /** What each piece of work returned, or the runtime exception it threw, in the order given. */
  public static List<Object> outcomesOf(List<Callable<?>> work)
      throws InterruptedException, ExecutionException, TimeoutException {
    var startTogether = new CountDownLatch(1);
    var outcomes = new ArrayList<CompletableFuture<Object>>();
    for (Callable<?> each : work) {
      var outcome = new CompletableFuture<Object>();
      Thread.ofPlatform()
          .start(
              () -> {
                try {
                  startTogether.await();
                  outcome.complete(each.call());
                } catch (RuntimeException refused) {
                  outcome.complete(refused);
                } catch (Exception | Error failed) {
                  outcome.completeExceptionally(failed);
                }
              });
      outcomes.add(outcome);
    }
    startTogether.countDown();
    var results = new ArrayList<Object>();
    for (var outcome : outcomes) {
      results.add(outcome.get(2, TimeUnit.MINUTES));
    }
    return results;
  }
}
