package org.aftercare.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.access.Caller;
import org.aftercare.tenancy.TenantService;

/**
 * Serves feed URLs, which calendar apps fetch without signing in: the clinic comes from the URL's
 * clinic id (a short name in older URLs), the person from the secret token; an unknown, revoked or
 * suspended one gives nothing.
 */
@ApplicationScoped
public class PublicCalendar {

  @Inject TenantService tenants;
  @Inject Caller caller;
  @Inject CalendarFeeds feeds;

  public Optional<String> calendar(String clinicReference, String token) {
    return tenants
        .findActiveByReference(clinicReference)
        .flatMap(clinic -> caller.callAsPortal(clinic.getId(), () -> feeds.calendarFor(token)));
  }
}
