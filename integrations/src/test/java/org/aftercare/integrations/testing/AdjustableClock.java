package org.aftercare.integrations.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on; safe to read from other threads. */
public final class AdjustableClock extends Clock {

  private volatile Instant now;

  public AdjustableClock(Instant start) {
    this.now = start;
  }

  /** Starts at the current time, so what it stamps looks real to anyone else. */
  public static AdjustableClock startingNow() {
    return new AdjustableClock(Instant.now());
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Always UTC");
  }
}
