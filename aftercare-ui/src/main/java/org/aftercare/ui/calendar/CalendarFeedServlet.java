package org.aftercare.ui.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aftercare.calendar.FeedAddress;
import org.aftercare.calendar.PublicCalendar;

/**
 * Serves {@code /calendar/<clinic>/<token>.ics} to calendar apps, which cannot sign in: the secret
 * token is the credential. Anything unknown is a plain 404 that says nothing about why.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  @Inject PublicCalendar calendars;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var calendar =
        FeedAddress.parse(request.getPathInfo())
            .flatMap(address -> calendars.calendar(address.clinic(), address.token()));
    response.setHeader("Cache-Control", "no-store");
    if (calendar.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"No calendar at this address.\"}");
      return;
    }
    response.setContentType("text/calendar; charset=utf-8");
    response.getOutputStream().write(calendar.get().getBytes(StandardCharsets.UTF_8));
  }
}
