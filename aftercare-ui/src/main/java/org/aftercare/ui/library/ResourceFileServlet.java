package org.aftercare.ui.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceFile;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.PathIds;

/**
 * Serves {@code /files/<resource>}: an uploaded file of the library, to a signed-in person of its
 * clinic who may see it, always as a download of its checked type that the browser must not
 * reinterpret. Anyone else — another clinic, no one signed in, a client it is not open to — gets
 * the same plain 404, which says nothing about whether the file exists.
 */
@WebServlet("/files/*")
public class ResourceFileServlet extends HttpServlet {

  /** The portal's own address of a resource's file, relative to the portal's root. */
  public static String addressOf(UUID resourceId) {
    return "files/" + resourceId;
  }

  @Inject Caller caller;
  @Inject Library library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    Optional<ResourceFile> file = Optional.empty();
    Optional<UUID> resource = PathIds.in(request.getPathInfo());
    if (caller.person().isPresent() && resource.isPresent()) {
      try {
        file = library.file(resource.get());
      } catch (ForbiddenException | NotFoundException refused) {
        file = Optional.empty();
      }
    }
    if (file.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain; charset=utf-8");
      response.getWriter().write("Not found.");
      return;
    }
    ResourceFile found = file.get();
    response.setContentType(found.contentType());
    response.setContentLength(found.content().length);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + found.fileName().replaceAll("[^A-Za-z0-9._ -]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(found.content());
  }
}
