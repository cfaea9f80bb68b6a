package org.aftercare.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the portal's work: what is due, overdue, open to join or flagged is decided on
 * the injected {@link Clock}, never on {@code Instant.now()}, so a test or a demo can stand at any
 * time. Rows' own bookkeeping stamps (created, updated, the audit trail's time) are the database
 * writes' real time and are taken by the entities themselves.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
