package org.aftercare.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
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

  @Inject
  @ConfigProperty(name = "aftercare.session.staff-idle-minutes", defaultValue = "15")
  int staffMinutes;

  @Inject
  @ConfigProperty(name = "aftercare.session.client-idle-minutes", defaultValue = "30")
  int clientMinutes;

  void applyTo(HttpSession session, SignedInUser user) {
    boolean clientOnly = user.roles().equals(Set.of(Role.CLIENT));
    session.setMaxInactiveInterval((clientOnly ? clientMinutes : staffMinutes) * 60);
  }
}
