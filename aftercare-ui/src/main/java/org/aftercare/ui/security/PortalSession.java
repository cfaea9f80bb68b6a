package org.aftercare.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;

/**
 * The signed-in user kept in the HTTP session, which binds the session to one clinic from sign-in
 * until sign-out.
 */
public final class PortalSession {

  private static final String SIGNED_IN_USER = PortalSession.class.getName() + ".user";

  private PortalSession() {}

  static void bind(HttpServletRequest request, SignedInUser user, IdleTimeout idleTimeout) {
    HttpSession session = request.getSession();
    session.setAttribute(SIGNED_IN_USER, user);
    idleTimeout.applyTo(session, user);
  }

  /** The user of this request, only while the container also knows them as signed in. */
  static Optional<SignedInUser> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((SignedInUser) session.getAttribute(SIGNED_IN_USER))
        .filter(user -> user.getName().equals(request.getUserPrincipal().getName()));
  }

  /**
   * After the person changed their own password (which ends their other sessions), this session
   * carries on under the account's new generation.
   */
  public static void carryOn(int sessionGeneration) {
    var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    of(request)
        .ifPresent(
            user ->
                request
                    .getSession()
                    .setAttribute(SIGNED_IN_USER, user.inGeneration(sessionGeneration)));
  }

  /** Whether the signed-in person holds the role: for what a view shows, never for access. */
  public static boolean holds(Role role) {
    return current().map(user -> user.roles().contains(role)).orElse(false);
  }

  public static Optional<SignedInUser> current() {
    return Optional.ofNullable(VaadinServletRequest.getCurrent())
        .map(VaadinServletRequest::getHttpServletRequest)
        .flatMap(PortalSession::of);
  }

  /** Sends the browser to the login view and ends the session; the old session cookie is dead. */
  public static void signOut() {
    // The service worker's copy of the clinic's crisis page goes with the sign-in
    // (offline-worker.js).
    UI.getCurrent()
        .getPage()
        .executeJs(
            "navigator.serviceWorker && navigator.serviceWorker.controller"
                + " && navigator.serviceWorker.controller.postMessage('forget-crisis-contacts')");
    UI.getCurrent().getPage().setLocation("/login");
    end(VaadinServletRequest.getCurrent().getHttpServletRequest());
  }

  /** Ends the container's sign-in and the HTTP session, with everything bound to it. */
  static void end(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("Signing out failed", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
