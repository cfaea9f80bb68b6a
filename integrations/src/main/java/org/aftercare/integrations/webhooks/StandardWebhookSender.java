package org.aftercare.integrations.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.aftercare.integrations.fhir.OutboundHttp;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.webhooks.WebhookSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts an event as Standard Webhooks (standardwebhooks.com) describes: {@code webhook-id} (the
 * delivery's id, the same on every retry, so receivers drop duplicates), {@code webhook-timestamp}
 * (seconds) and {@code webhook-signature} ({@code v1,} and the base64 HMAC-SHA256 of {@code
 * id.timestamp.body} under the endpoint's secret). Any 2xx is delivered; 410 Gone gives up at once;
 * anything else is tried again later. Same outbound rules as care-team deliveries.
 */
@ApplicationScoped
public class StandardWebhookSender implements WebhookSender {

  private final OutboundHttp http;

  @Inject
  public StandardWebhookSender(
      @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
          boolean allowLoopbackHttp) {
    this.http = new OutboundHttp(Duration.ofSeconds(5), Duration.ofSeconds(15), allowLoopbackHttp);
  }

  /** For CDI's proxy. */
  protected StandardWebhookSender() {
    this.http = null;
  }

  @Override
  public DeliveryOutcome send(
      String url, String secret, UUID deliveryId, Instant timestamp, String body) {
    Optional<URI> address = http.allowed(url);
    if (address.isEmpty()) {
      return DeliveryOutcome.rejected("The endpoint address is not allowed: " + url);
    }
    String seconds = Long.toString(timestamp.getEpochSecond());
    String id = deliveryId.toString();
    HttpRequest request =
        http.request(address.get())
            .header("Content-Type", "application/json")
            .header("webhook-id", id)
            .header("webhook-timestamp", seconds)
            .header("webhook-signature", StandardWebhooks.signature(secret, id, seconds, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      var answer = http.exchange(request);
      if (answer.isSuccess()) {
        return DeliveryOutcome.delivered("HTTP " + answer.status());
      }
      if (answer.status() == 410) {
        return DeliveryOutcome.rejected("HTTP 410: the endpoint says it is gone.");
      }
      return DeliveryOutcome.retry("HTTP " + answer.status());
    } catch (ExecutionException e) {
      return DeliveryOutcome.retry("Not reached: " + e.getCause().getClass().getSimpleName());
    } catch (TimeoutException e) {
      return DeliveryOutcome.retry("No answer in time.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retry("Interrupted.");
    }
  }

  @PreDestroy
  void close() {
    if (http != null) {
      http.close();
    }
  }
}
