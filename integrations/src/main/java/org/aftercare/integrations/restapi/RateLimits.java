package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per API client on this instance: a burst of requests is fine, a runaway loop in a
 * vendor's integration is slowed down before it slows the clinic's portal. Several instances each
 * keep their own buckets, so the clinic-wide rate is at most this times the instance count.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "aftercare.api.requests-per-second", defaultValue = "20")
  int perSecond;

  @Inject
  @ConfigProperty(name = "aftercare.api.burst", defaultValue = "60")
  int burst;

  private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

  /** Empty when the request may go ahead, else how long the client should wait. */
  public Optional<Duration> take(UUID apiClientId, long nowNanos) {
    return buckets
        .computeIfAbsent(apiClientId, id -> new Bucket(burst, nowNanos))
        .take(perSecond, burst, nowNanos);
  }

  private static final class Bucket {
    private double tokens;
    private long updatedNanos;

    Bucket(int burst, long nowNanos) {
      tokens = burst;
      updatedNanos = nowNanos;
    }

    synchronized Optional<Duration> take(int perSecond, int burst, long nowNanos) {
      tokens = Math.min(burst, tokens + (nowNanos - updatedNanos) / 1e9 * perSecond);
      updatedNanos = nowNanos;
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perSecond * 1000)));
    }
  }
}
