package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.Requires;

/**
 * Delivers the current clinic's due messages: claims a batch, hands each to the courier for its
 * kind outside any transaction (a slow receiver holds no row lock and no connection), records each
 * outcome, and repeats until nothing is due. Safe to run on several instances at once. Call it
 * outside a transaction, inside the clinic.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final int BATCH = 50;

  @Inject RelayClaims claims;
  @Inject CareTeams careTeams;

  /** Returns how many messages were delivered. */
  @Requires({})
  public int relay(Instant now) {
    int delivered = 0;
    for (List<Claim> batch = claims.claim(now, BATCH);
        !batch.isEmpty();
        batch = claims.claim(now, BATCH)) {
      for (Claim claim : batch) {
        DeliveryOutcome outcome = attempt(claim);
        claims.complete(claim, outcome, now);
        if (outcome.result() == DeliveryOutcome.Result.DELIVERED) {
          delivered++;
        }
      }
    }
    return delivered;
  }

  private DeliveryOutcome attempt(Claim claim) {
    try {
      return careTeams.courierFor(claim.kind()).deliver(claim.message(), claim.endpoint());
    } catch (RuntimeException e) {
      // A courier's own fault must not stop the batch; the message waits for the next attempt.
      LOG.log(Level.WARNING, "Delivery of message " + claim.messageId() + " failed", e);
      return DeliveryOutcome.retry("Internal error: " + e.getClass().getSimpleName());
    }
  }
}
