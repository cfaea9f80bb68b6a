package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Requires;
import org.aftercare.outbound.DeliveryOutcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the current clinic's due messages: claims a batch, hands each to the courier for its
 * kind outside any transaction (a slow receiver holds no row lock and no connection), records the
 * batch's outcomes, and repeats until nothing is due. Safe to run on several instances at once.
 * Call it outside a transaction, inside the clinic.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Inject RelayClaims claims;
  @Inject CareTeams careTeams;

  /** How many deliveries of one batch may be under way at once, to all receivers together. */
  @Inject
  @ConfigProperty(name = "aftercare.sharing.parallel-deliveries", defaultValue = "8")
  int parallelDeliveries;

  /**
   * Returns how many messages were delivered. {@code now} is the moment the relay starts (tests
   * choose it); each batch's claim and outcomes are stamped with it plus the time spent since, so
   * leases and disclosure times follow the clock. A batch is as large as may run at once, so that
   * each message's lease covers one attempt's timeouts, not a queue's.
   */
  @Requires({})
  public int relay(Instant now) {
    int delivered = 0;
    int batchSize = Math.max(1, parallelDeliveries);
    long started = System.nanoTime();
    // Couriers only talk to the network (no database, no container context), so plain virtual
    // threads carry them; the batch size bounds how many are under way at once.
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (List<Claim> batch = claims.claim(now, batchSize);
          !batch.isEmpty();
          batch = claims.claim(elapsed(now, started), batchSize)) {
        List<DeliveryOutcome> outcomes = deliverAll(batch, threads);
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

  private List<DeliveryOutcome> deliverAll(List<Claim> batch, ExecutorService threads) {
    var pending = new ArrayList<Future<DeliveryOutcome>>();
    for (Claim claim : batch) {
      Courier courier = careTeams.courierFor(claim.kind());
      pending.add(threads.submit(() -> attempt(courier, claim)));
    }
    return DeliveryOutcome.awaitAll(pending);
  }

  private static DeliveryOutcome attempt(Courier courier, Claim claim) {
    try {
      return courier.deliver(claim.message(), claim.endpoint());
    } catch (RuntimeException e) {
      // A courier's own fault must not stop the batch; the message waits for the next attempt.
      LOG.log(Level.WARNING, "Delivery of message " + claim.messageId() + " failed", e);
      return DeliveryOutcome.retry("Internal error: " + e.getClass().getSimpleName());
    }
  }
}
