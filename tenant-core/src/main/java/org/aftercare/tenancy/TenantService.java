package org.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.NotFoundException;

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

  @Transactional
  Tenant suspend(UUID id, String reason) {
    Tenant tenant = existing(id);
    tenant.suspend(reason, Instant.now());
    return tenant;
  }

  @Transactional
  Tenant reactivate(UUID id, String reason) {
    Tenant tenant = existing(id);
    tenant.reactivate(reason, Instant.now());
    return tenant;
  }

  /** Validates and applies settings; callers decide who may (see {@link ClinicSettingsService}). */
  @Transactional
  public Tenant applySettings(UUID id, ClinicSettings settings) {
    settings.validate();
    Tenant tenant = existing(id);
    tenant.apply(settings);
    return tenant;
  }

  @Transactional
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
