package org.aftercare.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.SignedInUser;
import org.aftercare.audit.ClientAddresses;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.integrations.restapi.ClinicApi;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one entry point that sets the request's caller and clinic: from the signed-in user bound to
 * the session, never from anything the request carries. Cleared in {@code finally}.
 */
@WebFilter(urlPatterns = "/*")
public class ClinicRequestFilter extends HttpFilter {

  private static final String REQUEST_ID_HEADER = "X-Request-Id";

  @Inject TenantContext tenantContext;
  @Inject Caller caller;
  @Inject RequestOrigin requestOrigin;
  @Inject ClientAddresses clientAddresses;
  @Inject TenantService tenants;
  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "aftercare.session.absolute-hours", defaultValue = "12")
  int absoluteHours;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith(request.getContextPath() + ClinicApi.PATH + "/")) {
      // The REST API's own door decides who calls, from the bearer token alone: a session cookie
      // sent along must not put a person (or their clinic) beside the API client.
      chain.doFilter(request, response);
      return;
    }
    var user = PortalSession.of(request);
    if (user.filter(u -> isTooOld(u) || hasLostAccess(u)).isPresent()) {
      // Suspension, deactivation, changed roles or password, and age end open sessions at their
      // next request; Vaadin shows the login.
      PortalSession.end(request);
      user = Optional.empty();
    }
    String requestId = UUID.randomUUID().toString();
    requestOrigin.set(
        user.map(SignedInUser::getName).orElse(null), clientAddresses.sourceOf(request), requestId);
    // What a user can quote to support, and what their clinic's log lines carry.
    response.setHeader(REQUEST_ID_HEADER, requestId);
    user.ifPresent(caller::enter);
    try {
      chain.doFilter(request, response);
    } finally {
      caller.clear();
      requestOrigin.end();
    }
  }

  /** However active, a session ends this long after sign-in (a forgotten shared computer). */
  private boolean isTooOld(SignedInUser user) {
    return user.signedInAt().plus(Duration.ofHours(absoluteHours)).isBefore(Instant.now());
  }

  private boolean hasLostAccess(SignedInUser user) {
    if (user.tenantId().isEmpty()) {
      return false;
    }
    UUID tenantId = user.tenantId().get();
    boolean clinicActive = tenants.find(tenantId).map(Tenant::isActive).orElse(false);
    return !clinicActive
        || !tenantContext.callAs(
            tenantId,
            () ->
                accounts
                    .find(user.accountId())
                    .filter(Account::isActive)
                    .filter(account -> account.sessionGeneration() == user.sessionGeneration())
                    .isPresent());
  }
}
