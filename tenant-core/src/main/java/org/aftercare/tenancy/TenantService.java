package org.aftercare.tenancy;

import static org.aftercare.identity.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;

/** Finds and registers clinics. */
@ApplicationScoped
public class TenantService {

  @PersistenceContext private EntityManager em;

  public Optional<Tenant> findBySlug(String slug) {
    return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * The active clinic a link from a mail or a feed URL names: by its id, which names no clinic in a
   * client's inbox or calendar app, or by the short name older links carry.
   */
  public Optional<Tenant> findActiveByReference(String reference) {
    String ref = reference == null ? "" : reference.trim().toLowerCase(Locale.ROOT);
    Optional<Tenant> clinic;
    try {
      clinic = find(UUID.fromString(ref));
    } catch (IllegalArgumentException notAnId) {
      clinic = findBySlug(ref);
    }
    return clinic.filter(Tenant::isActive);
  }

  /** Clinics that are open, for work that runs for each of them. */
  public List<UUID> activeIds() {
    return em.createQuery(
            "select t.id from Tenant t where t.status = :active order by t.id", UUID.class)
        .setParameter("active", TenantStatus.ACTIVE)
        .getResultList();
  }

  public Optional<Tenant> find(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

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
    settings.validate();
    Tenant tenant = existing(id);
    tenant.apply(settings);
    return tenant;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Tenant applyEngagementSettings(UUID id, EngagementSettings settings) {
    settings.validate();
    Tenant tenant = existing(id);
    tenant.apply(settings);
    return tenant;
  }

  private Tenant existing(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("Clinic"));
  }

  @Transactional
  public Tenant register(String slug, String name, ZoneId timeZone) {
    var tenant = new Tenant(slug, name, timeZone);
    em.persist(tenant);
    return tenant;
  }
}
