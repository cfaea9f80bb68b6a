package org.aftercare.ui.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.groups.MyGroups;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.PathIds;

/**
 * The client's Join: {@code /join/<session>} asks the core for the meeting link at the moment of
 * the click and redirects there. The page never carries the meeting address itself, so a client a
 * facilitator removes from the session cannot join with a page opened earlier. Anything refused
 * goes back to the client's home, which says why in their language.
 */
@WebServlet("/join/*")
public class JoinSessionServlet extends HttpServlet {

  /** The portal's own address of a session's Join, relative to the portal's root. */
  public static String addressOf(UUID sessionId) {
    return "join/" + sessionId;
  }

  @Inject Caller caller;
  @Inject MyGroups myGroups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String home = request.getContextPath() + "/home";
    Optional<UUID> client =
        caller
            .person()
            .filter(person -> person.roles().contains(Role.CLIENT))
            .flatMap(SignedInUser::clientId);
    Optional<UUID> session = PathIds.in(request.getPathInfo());
    if (client.isEmpty() || session.isEmpty()) {
      response.sendRedirect(home);
      return;
    }
    try {
      response.sendRedirect(myGroups.joinLink(client.get(), session.get(), Instant.now()));
    } catch (ForbiddenException | NotFoundException refused) {
      response.sendRedirect(home);
    }
  }
}
