package org.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Finds clinics: by id, by the reference in a link, and the open ones for background work. */
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
}
