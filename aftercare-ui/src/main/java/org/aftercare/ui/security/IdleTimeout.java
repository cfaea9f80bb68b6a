package org.aftercare.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Set;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a signed-in session may sit idle: shorter for staff, who see many clients' records, than
 * for clients, who see their own. Vaadin's heartbeat does not count as activity
 * (closeIdleSessions).
 */
@ApplicationScoped
public class IdleTimeout {

  /** ISO-8601 durations, so that a test can watch a timeout of seconds. */
  @Inject
  @ConfigProperty(name = "aftercare.session.staff-idle", defaultValue = "PT15M")
  String staffIdle;

  @Inject
  @ConfigProperty(name = "aftercare.session.client-idle", defaultValue = "PT30M")
  String clientIdle;

  void applyTo(HttpSession session, SignedInUser user) {
    boolean clientOnly = user.roles().equals(Set.of(Role.CLIENT));
    session.setMaxInactiveInterval(
        (int) Duration.parse(clientOnly ? clientIdle : staffIdle).toSeconds());
  }
}
