package org.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.Role;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's settings; changing them is for clinic admins and is audited. */
@ApplicationScoped
@TenantAware
public class ClinicSettingsService {

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;
  @Inject TenantService tenants;
  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;

  public ClinicSettings current() {
    return currentClinic().settings();
  }

  @Transactional
  public ClinicSettings save(ClinicSettings settings) {
    if (!securityContext.isCallerInRole(Role.Names.CLINIC_ADMIN)) {
      throw new ForbiddenException("Only clinic admins change the clinic's settings.");
    }
    Tenant clinic = tenants.applySettings(currentClinic().getId(), settings);
    audit.record(
        AuditAction.CLINIC_SETTINGS_CHANGED,
        ClinicProvisioning.AUDIT_TYPE,
        clinic.getId(),
        AuditOutcome.SUCCESS);
    return clinic.settings();
  }

  public EngagementSettings engagement() {
    return currentClinic().engagementSettings();
  }

  @Transactional
  public EngagementSettings saveEngagement(EngagementSettings settings) {
    if (!securityContext.isCallerInRole(Role.Names.CLINIC_ADMIN)) {
      throw new ForbiddenException("Only clinic admins change the clinic's settings.");
    }
    if (settings.onCallAccountId() != null
        && accounts.find(settings.onCallAccountId()).filter(Account::isActive).isEmpty()) {
      throw new InvalidInputException("onCall", "Choose an active member of staff to be on call.");
    }
    Tenant clinic = tenants.applyEngagementSettings(currentClinic().getId(), settings);
    audit.record(
        AuditAction.CLINIC_SETTINGS_CHANGED,
        ClinicProvisioning.AUDIT_TYPE,
        clinic.getId(),
        AuditOutcome.SUCCESS);
    return clinic.engagementSettings();
  }

  private Tenant currentClinic() {
    UUID id = tenantContext.tenantId().orElseThrow(() -> new NotFoundException("Clinic"));
    return em.find(Tenant.class, id);
  }
}
