package org.aftercare.tenancy.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Keeps {@link ConnectionsInUse} as EclipseLink takes and gives back connections. A session
 * customizer rather than a second {@code eclipselink.session-event-listener}: that property takes
 * one class, and it is {@link RowLevelSecurity}'s.
 */
public class ConnectionCounting extends SessionEventAdapter implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(this);
  }

  @Override
  public void postAcquireConnection(SessionEvent event) {
    ConnectionsInUse.taken();
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    ConnectionsInUse.givenBack();
  }
}
