package org.aftercare.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.aftercare.tenancy.persistence.TenantAware;

/** Writes the current clinic's audit trail, in the same transaction as the change it records. */
@ApplicationScoped
@TenantAware
public class AuditService {

  static final String SYSTEM_ACTOR = "system";

  @PersistenceContext private EntityManager em;
  @Inject RequestOrigin origin;

  @Transactional
  public void record(AuditAction action, String objectType, UUID objectId, AuditOutcome outcome) {
    em.persist(
        new AuditEvent(
            origin.actor().orElse(SYSTEM_ACTOR),
            action,
            objectType,
            objectId.toString(),
            outcome,
            origin));
  }

  public List<AuditEvent> eventsFor(UUID objectId) {
    return em.createNamedQuery(AuditEvent.FOR_OBJECT, AuditEvent.class)
        .setParameter("objectId", objectId.toString())
        .getResultList();
  }
}
