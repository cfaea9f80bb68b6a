package org.aftercare.clinics;

import static org.aftercare.access.Role.PLATFORM_OPERATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.audit.PlatformAuditService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Texts;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * The platform operator's work on clinics: list them with usage counts, register one, suspend and
 * reactivate. Every method requires the operator role, checked here and not only by the view.
 *
 * <p>Each lifecycle change is written to the platform's audit trail and to the clinic's own, right
 * after it commits. The clinic's entry is written in a transaction of its own: EclipseLink takes a
 * persistence context's clinic when the context starts, so the operator's transaction (which has
 * none) cannot write a tenant-owned row. Should that second write fail, the failure is logged as
 * severe.
 */
@ApplicationScoped
@Requires(PLATFORM_OPERATOR)
public class ClinicProvisioning {

  static final String AUDIT_TYPE = "Tenant";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private static final Logger LOG = Logger.getLogger(ClinicProvisioning.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject TenantContext tenantContext;
  @Inject TenantService tenants;
  @Inject ClinicRecords clinicRecords;
  @Inject AuditService audit;
  @Inject PlatformAuditService platformAudit;
  @Inject StaffInvitations invitations;
  @Inject Event<ClinicRegistered> registered;

  public List<ClinicSummary> list(int offset, int limit) {
    return em.createNamedQuery(Tenant.ALL_BY_NAME, Tenant.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(ClinicSummary::of)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Tenant.COUNT, Long.class).getSingleResult();
  }

  /**
   * Registers a clinic and invites its first admin, who gets a link to choose a password. Every
   * input is checked before anything is written, so a mistyped address leaves no clinic without an
   * admin behind (and no short name taken by it).
   */
  public ClinicSummary register(String name, String slug, String timeZone, String firstAdminEmail) {
    String cleanName = name == null ? "" : name.trim();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      throw InvalidInputException.worded(
          "name", "Enter the clinic's name (up to 200 characters).", "refusal.clinics.name");
    }
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw InvalidInputException.worded(
          "slug",
          "Use lower-case letters, digits and hyphens, starting and ending with a letter or digit.",
          "refusal.clinics.slug.invalid");
    }
    ZoneId zone = zone(timeZone);
    if (!Texts.isEmailAddress(firstAdminEmail)) {
      throw InvalidInputException.worded(
          "firstAdmin",
          "Enter the e-mail address of the clinic's first admin.",
          "refusal.clinics.firstAdmin");
    }
    if (tenants.findBySlug(slug).isPresent()) {
      throw InvalidInputException.worded(
          "slug", "Another clinic already uses this short name.", "refusal.clinics.slug.taken");
    }
    var tenant = clinicRecords.register(slug, cleanName, zone);
    recordInTrails(tenant, AuditAction.TENANT_CREATED);
    // Inside the clinic: what its observers add goes in transactions of the clinic's own.
    tenantContext.callAs(
        tenant.getId(),
        () -> {
          registered.fire(new ClinicRegistered(tenant.getId()));
          return null;
        });
    invitations.inviteFirstAdmin(tenant.getId(), firstAdminEmail.trim());
    return ClinicSummary.of(tenant);
  }

  public ClinicSummary suspend(UUID clinicId, String reason) {
    requireReason(reason);
    Tenant tenant = clinicRecords.suspend(clinicId, reason.trim());
    recordInTrails(tenant, AuditAction.TENANT_SUSPENDED);
    return ClinicSummary.of(tenant);
  }

  public ClinicSummary reactivate(UUID clinicId, String reason) {
    requireReason(reason);
    Tenant tenant = clinicRecords.reactivate(clinicId, reason.trim());
    recordInTrails(tenant, AuditAction.TENANT_REACTIVATED);
    return ClinicSummary.of(tenant);
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.worded(
          "reason", "Say why, for the clinic's audit trail.", "refusal.clinics.reason.missing");
    }
  }

  private void recordInTrails(Tenant tenant, AuditAction action) {
    String operator = caller.person().orElseThrow().getName();
    platformAudit.record(operator, action, AUDIT_TYPE, tenant.getId(), AuditOutcome.SUCCESS);
    try {
      tenantContext.callAs(
          tenant.getId(),
          () -> {
            audit.record(operator, action, AUDIT_TYPE, tenant.getId(), AuditOutcome.SUCCESS);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, action + " of clinic " + tenant.getId() + " is not in its audit trail", e);
    }
  }

  private static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException | NullPointerException e) {
      throw InvalidInputException.worded(
          "timeZone", "Choose a time zone from the list.", "refusal.clinics.timeZone");
    }
  }
}
