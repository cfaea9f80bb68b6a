package org.aftercare.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser-side protections on every response. The content security policy allows what Vaadin's
 * bundle needs — its bootstrap uses inline scripts and styles — and nothing from other origins; the
 * portal may not be framed (click-jacking). Nothing but Vaadin's versioned static bundle may be
 * stored by a browser or a proxy: pages, UIDL responses and downloads carry health information (a
 * shared computer's cache would keep it). With Secure cookies the portal is served over HTTPS only,
 * so browsers are told to insist on it (HSTS).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  /** Vaadin's prebuilt bundle and static files: the same for everyone, and safe to cache. */
  private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/build/", "/VAADIN/static/");

  @Inject
  @ConfigProperty(name = "aftercare.session.secure-cookie", defaultValue = "false")
  boolean httpsOnly;

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (httpsOnly) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (STATIC_PREFIXES.stream().anyMatch(path::startsWith)) {
      chain.doFilter(request, response);
    } else {
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, new NoStoreResponse(response));
    }
  }

  /** Keeps {@code no-store}, whatever cache headers Vaadin's handlers set later. */
  private static final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isCacheControl(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isCacheControl(name)) {
        super.addHeader(name, value);
      }
    }

    private static boolean isCacheControl(String name) {
      return "Cache-Control".equalsIgnoreCase(name);
    }
  }
}
