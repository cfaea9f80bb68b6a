package org.aftercare.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the session cookie {@code Secure} when configured (every deployment behind TLS). Off by
 * default only because the embedded default serves plain http; browsers accept Secure cookies from
 * http://localhost, so tests run with it on. HttpOnly comes from web.xml; SameSite=Lax from
 * payara-web.xml, since Payara ignores web.xml's cookie attributes.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "aftercare.session.secure-cookie", defaultValue = "false")
  boolean secure;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    started.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
