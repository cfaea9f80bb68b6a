package org.aftercare.clinics;

import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;
import org.aftercare.tenancy.TenantStatus;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * Writes a clinic's own row: registering it, its status and its settings. The use cases that decide
 * who may and audit it are {@link ClinicProvisioning} and {@link ClinicSettingsService}.
 */
@ApplicationScoped
public class ClinicRecords {

  @PersistenceContext private EntityManager em;
  @Inject TenantService tenants;

  /** Stops the clinic's sign-ins and ends its sessions; nothing of its data is deleted. */
  @Transactional
  Tenant suspend(UUID id, String reason) {
    return changeStatus(id, TenantStatus.SUSPENDED, reason);
  }

  @Transactional
  Tenant reactivate(UUID id, String reason) {
    return changeStatus(id, TenantStatus.ACTIVE, reason);
  }

  /**
   * The operator works outside any clinic, where row-level security lets the application change no
   * clinic's row; the one function for a clinic's status is the narrow way through.
   */
  private Tenant changeStatus(UUID id, TenantStatus status, String reason) {
    var changed =
        (Number)
            ClinicSql.query(em, "select aftercare_change_clinic_status(?1, ?2, ?3, now())")
                .setParameter(1, id)
                .setParameter(2, status.name())
                .setParameter(3, reason)
                .getSingleResult();
    if (changed.intValue() == 0) {
      throw new NotFoundException("Clinic");
    }
    return existing(id);
  }

  /** Validates and applies settings; callers decide who may (see {@link ClinicSettingsService}). */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public Tenant applySettings(UUID id, ClinicSettings settings) {
    Tenant tenant = existing(id);
    tenant.apply(settings);
    return tenant;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Tenant applyEngagementSettings(UUID id, EngagementSettings settings) {
    Tenant tenant = existing(id);
    tenant.apply(settings);
    return tenant;
  }

  private Tenant existing(UUID id) {
    return tenants.find(id).orElseThrow(() -> new NotFoundException("Clinic"));
  }

  @Transactional
  public Tenant register(String slug, String name, ZoneId timeZone) {
    var tenant = new Tenant(slug, name, timeZone);
    em.persist(tenant);
    return tenant;
  }
}
