package org.aftercare.tenancy.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many of the pool's connections the persistence unit holds right now, for the operations
 * figures: near {@link AftercareDataSource#MAX_CONNECTIONS} means requests are about to wait for
 * one. Payara's own pool statistics need its AMX monitoring, which Payara Micro leaves off (and
 * which costs start time); every query of the domain goes through EclipseLink, so counting its
 * acquire and release is the same figure without it. Only the readiness probe and the start-up
 * check take connections past it, one at a time.
 *
 * <p>A session customizer rather than a second {@code eclipselink.session-event-listener}: that
 * property takes one class, and it is {@link RowLevelSecurity}'s.
 */
public class ConnectionsInUse extends SessionEventAdapter implements SessionCustomizer {

  private static final AtomicInteger HELD = new AtomicInteger();

  /** The connections held at this moment, over all requests and background work. */
  public static int now() {
    return HELD.get();
  }

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(this);
  }

  @Override
  public void postAcquireConnection(SessionEvent event) {
    HELD.incrementAndGet();
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    HELD.decrementAndGet();
  }
}
