package org.aftercare.clinics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantStatus;

/** What a platform operator sees of a clinic: its name and status, and counts — no person. */
public record ClinicSummary(
    UUID id,
    String name,
    String slug,
    TenantStatus status,
    String statusReason,
    ZoneId timeZone,
    int staffCount,
    int clientCount,
    Instant createdAt) {

  static ClinicSummary of(Tenant tenant) {
    return new ClinicSummary(
        tenant.getId(),
        tenant.getName(),
        tenant.getSlug(),
        tenant.getStatus(),
        tenant.getStatusReason(),
        tenant.getTimeZone(),
        tenant.getStaffCount(),
        tenant.getClientCount(),
        tenant.getCreatedAt());
  }
}
