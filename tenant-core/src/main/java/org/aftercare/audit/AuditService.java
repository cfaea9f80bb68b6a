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
    record(origin.actor().orElse(SYSTEM_ACTOR), action, objectType, objectId, outcome);
  }

  /** For events whose actor is not signed in yet, such as a sign-in attempt. */
  @Transactional
  public void record(
      String actor, AuditAction action, String objectType, UUID objectId, AuditOutcome outcome) {
    String object = objectId == null ? null : objectId.toString();
    em.persist(new AuditEvent(actor, action, objectType, object, outcome, origin));
  }

  public List<AuditEvent> eventsFor(UUID objectId) {
    return em.createNamedQuery(AuditEvent.FOR_OBJECT, AuditEvent.class)
        .setParameter("objectId", objectId.toString())
        .getResultList();
  }
}
