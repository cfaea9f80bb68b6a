package org.aftercare.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * What one delivery attempt came to, as the outbox acts on it: delivered, worth retrying later (the
 * receiver was down, slow or busy), or refused for good (the message itself is wrong there, and
 * sending it again cannot help).
 *
 * @param detail what happened, for the deliveries view; never the payload
 */
public record DeliveryOutcome(Result result, String detail) {

  public enum Result {
    DELIVERED,
    RETRY,
    REJECTED
  }

  public static DeliveryOutcome delivered(String detail) {
    return new DeliveryOutcome(Result.DELIVERED, detail);
  }

  public static DeliveryOutcome retry(String detail) {
    return new DeliveryOutcome(Result.RETRY, detail);
  }

  public static DeliveryOutcome rejected(String detail) {
    return new DeliveryOutcome(Result.REJECTED, detail);
  }

  /**
   * The outcomes of attempts under way, in their order; an attempt that failed inside, or was
   * interrupted, is to be tried again.
   */
  public static List<DeliveryOutcome> awaitAll(List<Future<DeliveryOutcome>> pending) {
    var outcomes = new ArrayList<DeliveryOutcome>();
    for (Future<DeliveryOutcome> outcome : pending) {
      try {
        outcomes.add(outcome.get());
      } catch (ExecutionException e) {
        outcomes.add(retry("Internal error: " + e.getCause().getClass().getSimpleName()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcomes.add(retry("Interrupted before delivery."));
      }
    }
    return outcomes;
  }
}
