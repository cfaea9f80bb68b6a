package org.aftercare.tenancy.persistence;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many of the pool's connections the persistence unit holds right now, for the operations
 * figures: near {@link AftercareDataSource#MAX_CONNECTIONS} means requests are about to wait for
 * one. Payara's own pool statistics need its AMX monitoring, which Payara Micro leaves off (and
 * which costs start time); every query of the domain goes through EclipseLink, so {@link
 * ConnectionCounting} counting its acquire and release is the same figure without it. Only the
 * readiness probe and the start-up check take connections past it, one at a time.
 */
public final class ConnectionsInUse {

  private static final AtomicInteger HELD = new AtomicInteger();

  private ConnectionsInUse() {}

  /** The connections held at this moment, over all requests and background work. */
  public static int now() {
    return HELD.get();
  }

  static void taken() {
    HELD.incrementAndGet();
  }

  static void givenBack() {
    HELD.decrementAndGet();
  }
}
