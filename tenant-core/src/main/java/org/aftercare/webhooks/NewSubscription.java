package org.aftercare.webhooks;

/**
 * A subscription just made, with its signing secret ({@code whsec_…}) shown this once: the portal
 * keeps it sealed and never shows it again.
 */
public record NewSubscription(WebhookSubscription subscription, String secret) {

  /** Never the secret in logs. */
  @Override
  public String toString() {
    return "NewSubscription[" + subscription.getId() + "]";
  }
}
