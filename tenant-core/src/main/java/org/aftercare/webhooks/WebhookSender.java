package org.aftercare.webhooks;

import java.time.Instant;
import java.util.UUID;
import org.aftercare.outbound.DeliveryOutcome;

/**
 * Posts one signed event to an endpoint; the integrations module provides it. It never throws for a
 * failed delivery: it says whether a later attempt can help.
 */
public interface WebhookSender {

  DeliveryOutcome send(String url, String secret, UUID deliveryId, Instant timestamp, String body);
}
