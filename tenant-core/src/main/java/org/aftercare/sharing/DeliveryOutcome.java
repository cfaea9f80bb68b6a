package org.aftercare.sharing;

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
}
