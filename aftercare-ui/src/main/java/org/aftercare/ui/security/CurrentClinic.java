package org.aftercare.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.aftercare.access.SignedInUser;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/** The signed-in user's clinic, for names and the clinic's time zone in views. */
@ApplicationScoped
public class CurrentClinic {

  @Inject TenantService tenants;

  public Optional<Tenant> tenant() {
    return PortalSession.current().flatMap(SignedInUser::tenantId).flatMap(tenants::find);
  }

  /** Dates such as "today" are the clinic's, not the server's. */
  public ZoneId zone() {
    return tenant().map(Tenant::getTimeZone).orElse(ZoneOffset.UTC);
  }
}
