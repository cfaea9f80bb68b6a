package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Requires;
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
  private static final int BATCH = 50;

  @Inject RelayClaims claims;
  @Inject CareTeams careTeams;

  /** How many deliveries of one batch may be under way at once, to all receivers together. */
  @Inject
  @ConfigProperty(name = "aftercare.sharing.parallel-deliveries", defaultValue = "8")
  int parallelDeliveries;

  /** Returns how many messages were delivered. */
  @Requires({})
  public int relay(Instant now) {
    int delivered = 0;
    // Couriers only talk to the network (no database, no container context), so plain virtual
    // threads carry them; the semaphore keeps a receiver from being flooded.
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      var permits = new Semaphore(Math.max(1, parallelDeliveries));
      for (List<Claim> batch = claims.claim(now, BATCH);
          !batch.isEmpty();
          batch = claims.claim(now, BATCH)) {
        List<DeliveryOutcome> outcomes = deliverAll(batch, threads, permits);
        claims.complete(batch, outcomes, now);
        delivered +=
            (int)
                outcomes.stream()
                    .filter(outcome -> outcome.result() == DeliveryOutcome.Result.DELIVERED)
                    .count();
      }
    }
    return delivered;
  }

  private List<DeliveryOutcome> deliverAll(
      List<Claim> batch, ExecutorService threads, Semaphore permits) {
    var pending = new ArrayList<Future<DeliveryOutcome>>();
    for (Claim claim : batch) {
      Courier courier = careTeams.courierFor(claim.kind());
      pending.add(threads.submit(() -> attempt(courier, claim, permits)));
    }
    var outcomes = new ArrayList<DeliveryOutcome>();
    for (Future<DeliveryOutcome> outcome : pending) {
      try {
        outcomes.add(outcome.get());
      } catch (ExecutionException e) {
        outcomes.add(DeliveryOutcome.retry("Internal error: " + e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcomes.add(DeliveryOutcome.retry("Interrupted before delivery."));
      }
    }
    return outcomes;
  }

  private static DeliveryOutcome attempt(Courier courier, Claim claim, Semaphore permits) {
    try {
      permits.acquire();
      try {
        return courier.deliver(claim.message(), claim.endpoint());
      } finally {
        permits.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retry("Interrupted before delivery.");
    } catch (RuntimeException e) {
      // A courier's own fault must not stop the batch; the message waits for the next attempt.
      LOG.log(Level.WARNING, "Delivery of message " + claim.messageId() + " failed", e);
      return DeliveryOutcome.retry("Internal error: " + e.getClass().getSimpleName());
    }
  }
}
