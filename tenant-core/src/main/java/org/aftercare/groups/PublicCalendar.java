package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * Serves feed URLs, which calendar apps fetch without signing in: the clinic comes from the URL's
 * slug, the person from the secret token; an unknown, revoked or suspended one gives nothing.
 */
@ApplicationScoped
public class PublicCalendar {

  @Inject TenantService tenants;
  @Inject TenantContext tenantContext;
  @Inject CalendarFeeds feeds;

  public Optional<String> calendar(String clinicSlug, String token) {
    return tenants
        .findBySlug(clinicSlug)
        .filter(Tenant::isActive)
        .flatMap(clinic -> tenantContext.callAs(clinic.getId(), () -> feeds.calendarFor(token)));
  }
}
