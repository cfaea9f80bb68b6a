package org.aftercare.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.SignedInUser;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * The one entry point that sets the request's clinic: from the signed-in user bound to the session,
 * never from anything the request carries. Cleared in {@code finally}.
 */
@WebFilter(urlPatterns = "/*")
public class ClinicRequestFilter extends HttpFilter {

  @Inject TenantContext tenantContext;
  @Inject RequestOrigin requestOrigin;
  @Inject TenantService tenants;
  @Inject AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var user = PortalSession.of(request);
    if (user.filter(this::hasLostAccess).isPresent()) {
      // Suspension and deactivation end open sessions at their next request; Vaadin shows the
      // login.
      PortalSession.end(request);
      user = Optional.empty();
    }
    requestOrigin.set(
        user.map(SignedInUser::getName).orElse(null),
        request.getRemoteAddr(),
        UUID.randomUUID().toString());
    user.flatMap(SignedInUser::tenantId).ifPresent(tenantContext::enter);
    try {
      chain.doFilter(request, response);
    } finally {
      tenantContext.clear();
    }
  }

  private boolean hasLostAccess(SignedInUser user) {
    if (user.tenantId().isEmpty()) {
      return false;
    }
    UUID tenantId = user.tenantId().get();
    boolean clinicActive = tenants.find(tenantId).map(Tenant::isActive).orElse(false);
    return !clinicActive
        || !tenantContext.callAs(
            tenantId, () -> accounts.find(user.accountId()).map(Account::isActive).orElse(false));
  }
}
