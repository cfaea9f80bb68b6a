package org.aftercare.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Writes the platform's audit trail: operators' sign-ins and their actions on clinics. */
@ApplicationScoped
public class PlatformAuditService {

  @PersistenceContext private EntityManager em;
  @Inject RequestOrigin origin;

  @Transactional
  public void record(
      String actor, AuditAction action, String objectType, UUID objectId, AuditOutcome outcome) {
    em.persist(new PlatformAuditEvent(actor, action, objectType, objectId, outcome, origin));
  }

  public List<PlatformAuditEvent> eventsOf(String actor) {
    return em.createNamedQuery(PlatformAuditEvent.BY_ACTOR, PlatformAuditEvent.class)
        .setParameter("actor", actor)
        .getResultList();
  }
}
