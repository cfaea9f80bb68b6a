package org.aftercare.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

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

  public Optional<Tenant> find(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  @Transactional
  public Tenant register(String slug, String name, ZoneId timeZone) {
    var tenant = new Tenant(slug, name, timeZone);
    em.persist(tenant);
    return tenant;
  }
}
