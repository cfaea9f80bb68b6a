package org.aftercare.outbound;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** When a failed delivery is tried again: care-team summaries and webhooks alike. */
public final class Retries {

  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LONGEST_RETRY = Duration.ofHours(6);

  private Retries() {}

  /** Exponential from 30 s, capped at six hours, with ±20% jitter so retries do not bunch. */
  public static Duration backoff(int attempt) {
    long seconds = FIRST_RETRY.getSeconds() << Math.min(attempt - 1, 20);
    long capped = Math.min(seconds, LONGEST_RETRY.getSeconds());
    double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
    return Duration.ofMillis((long) (capped * 1000 * jitter));
  }
}
