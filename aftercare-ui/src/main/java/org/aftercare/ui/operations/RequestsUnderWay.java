package org.aftercare.ui.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftercare.integrations.restapi.Problems;
import org.aftercare.platform.Draining;

/**
 * Counts every request while it is served, so that a stop waits for it ({@link Draining}); once the
 * drain no longer admits new requests, answers them 503 with {@code Retry-After} and closes the
 * connection, so the client's retry goes to another instance.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestsUnderWay extends HttpFilter {

  /**
   * Set once the drain refuses: from then on every request is refused here without reaching for the
   * application's beans, which Payara takes down as the drain ends while requests still come.
   */
  private volatile boolean refusing;

  @Inject Draining draining;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (refusing || !draining.admit()) {
      refusing = true;
      response.setHeader("Retry-After", "5");
      response.setHeader("Connection", "close");
      Problems.write(response, 503, "This instance is stopping", "Try again in a few seconds.");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      draining.leave();
    }
  }
}
