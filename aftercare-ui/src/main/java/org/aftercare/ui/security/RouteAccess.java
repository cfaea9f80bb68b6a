package org.aftercare.ui.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.aftercare.ui.errors.PortalErrorHandler;

/**
 * Installs route access control without Spring: every navigation is checked against the view's
 * access annotation and the caller's Jakarta Security roles, on the server, whatever URL is typed.
 */
@ApplicationScoped
public class RouteAccess {

  /** An idle session ends at the login view, not at a "session expired" box to dismiss. */
  private static SystemMessages expiredSessionGoesToLogin() {
    var messages = new CustomizedSystemMessages();
    messages.setSessionExpiredNotificationEnabled(false);
    messages.setSessionExpiredURL("/login");
    return messages;
  }

  /**
   * vaadin-cdi 15 predates menu access control and asks CDI for it; without this bean the side
   * navigation cannot filter its entries by the views' access annotations.
   */
  @Produces
  @Dependent
  MenuAccessControl menuAccessControl() {
    return new DefaultMenuAccessControl();
  }

  void onServiceInit(@Observes ServiceInitEvent event) {
    var accessControl =
        new NavigationAccessControl(
            List.of(new AnnotatedViewAccessChecker()), new DefaultAccessCheckDecisionResolver());
    accessControl.setLoginView(LoginView.class);
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
    event
        .getSource()
        .addSessionInitListener(
            init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
  }
}
