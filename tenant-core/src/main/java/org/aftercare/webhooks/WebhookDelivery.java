package org.aftercare.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One event on its way to one endpoint, as the admin's list of recent deliveries shows it. */
public record WebhookDelivery(
    UUID id,
    UUID subscriptionId,
    String eventType,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant finishedAt) {}
