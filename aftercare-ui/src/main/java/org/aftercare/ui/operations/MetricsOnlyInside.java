package org.aftercare.ui.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /metrics} for the hosting team's Prometheus, which scrapes a pod directly, and for no one
 * who comes through the ingress: a request a proxy passed on (it says so in {@code X-Forwarded-For}
 * or {@code Forwarded}, as every ingress controller does) gets a plain 404, as if there were
 * nothing. Payara serves the metrics inside the portal's root web module, so the portal's filters
 * see those requests too.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsOnlyInside extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
