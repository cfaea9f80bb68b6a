package org.aftercare.clinics;

import static org.aftercare.access.ApiScope.GROUPS_READ;
import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's settings; changing them is for clinic admins and is audited. */
@ApplicationScoped
@TenantAware
public class ClinicSettingsService {

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;
  @Inject TenantService tenants;
  @Inject ClinicRecords clinicRecords;
  @Inject AccountService accounts;

  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  @OpenToApiClients(GROUPS_READ)
  public ClinicSettings current() {
    return currentClinic().settings();
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public ClinicSettings save(ClinicSettings settings) {
    Tenant clinic = clinicRecords.applySettings(currentClinic().getId(), settings);
    audit.record(
        AuditAction.CLINIC_SETTINGS_CHANGED,
        ClinicProvisioning.AUDIT_TYPE,
        clinic.getId(),
        AuditOutcome.SUCCESS);
    return clinic.settings();
  }

  @Requires(CLINIC_ADMIN)
  public EngagementSettings engagement() {
    return currentClinic().engagementSettings();
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public EngagementSettings saveEngagement(EngagementSettings settings) {
    if (settings.onCallAccountId() != null
        && accounts.find(settings.onCallAccountId()).filter(Account::isActive).isEmpty()) {
      throw InvalidInputException.worded(
          "onCall", "Choose an active member of staff to be on call.", "refusal.clinics.onCall");
    }
    Tenant clinic = clinicRecords.applyEngagementSettings(currentClinic().getId(), settings);
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
