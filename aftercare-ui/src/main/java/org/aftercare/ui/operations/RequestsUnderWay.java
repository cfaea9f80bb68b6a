package org.aftercare.ui.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftercare.platform.Draining;

/** Counts every request while it is served, so that a stop waits for it ({@link Draining}). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestsUnderWay extends HttpFilter {

  @Inject Draining draining;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    draining.enter();
    try {
      chain.doFilter(request, response);
    } finally {
      draining.leave();
    }
  }
}
