package org.aftercare.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftercare.access.Requires;
import org.aftercare.outbound.DeliveryOutcome;

/**
 * Delivers the current clinic's due webhook deliveries: claims a batch, posts each outside any
 * transaction (a slow endpoint holds no row lock), records the outcomes, and repeats until nothing
 * is due. Safe on several instances at once. Call it outside a transaction, inside the clinic.
 */
@ApplicationScoped
public class WebhookRelay {

  private static final int BATCH = 8;

  @Inject Clock clock;
  @Inject WebhookClaims claims;
  @Inject Instance<WebhookSender> sender;

  /** How many were delivered; {@code now} is the moment the relay starts (tests choose it). */
  @Requires({})
  public int relay(Instant now) {
    if (!sender.isResolvable()) {
      return 0;
    }
    int delivered = 0;
    long started = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      // Each batch is claimed and recorded at the time it happens, so that a long run's leases
      // and retry times follow the clock and another instance does not take rows still in hand.
      for (var batch = claims.claim(now, BATCH);
          !batch.isEmpty();
          batch = claims.claim(elapsed(now, started), BATCH)) {
        var outcomes = sendAll(batch, threads);
        claims.complete(batch, outcomes, elapsed(now, started));
        delivered +=
            (int)
                outcomes.stream()
                    .filter(outcome -> outcome.result() == DeliveryOutcome.Result.DELIVERED)
                    .count();
      }
    }
    return delivered;
  }

  private static Instant elapsed(Instant start, long startedNanos) {
    return start.plusNanos(System.nanoTime() - startedNanos);
  }

  private List<DeliveryOutcome> sendAll(
      List<WebhookClaims.Claimed> batch, ExecutorService threads) {
    WebhookSender poster = sender.get();
    var pending = new ArrayList<Future<DeliveryOutcome>>();
    for (var claim : batch) {
      pending.add(
          threads.submit(
              () ->
                  poster.send(
                      claim.url(), claim.secret(), claim.id(), clock.instant(), claim.body())));
    }
    return DeliveryOutcome.awaitAll(pending);
  }
}
