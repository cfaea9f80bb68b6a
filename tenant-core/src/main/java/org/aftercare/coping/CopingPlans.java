package org.aftercare.coping;

import static org.aftercare.access.Role.CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The client's own coping plan. It is theirs alone: only the signed-in client reads and writes it,
 * and only their own (the client comes from the {@link Caller}, never from an argument). No member
 * of staff reads it — not the clinician, not the mentor — because what a client writes for their
 * hardest moments is shared only when they choose to show it.
 */
@ApplicationScoped
@TenantAware
public class CopingPlans {

  static final String AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject ClientService clients;
  @Inject CopingTools tools;
  @Inject AuditService audit;

  /** The signed-in client's plan, to read or edit; empty until they write one. */
  @Requires(CLIENT)
  public CopingPlanContents mine() {
    return planOf(caller.requireClient())
        .map(plan -> plan.contents(peopleOn(plan)))
        .orElse(CopingPlanContents.EMPTY);
  }

  /**
   * The plan opened when it is needed ("I need support now"), counted as a use of the plan — once
   * there is a plan to use.
   */
  @Transactional
  @Requires(CLIENT)
  public CopingPlanContents openInAHardMoment() {
    CopingPlanContents plan = mine();
    if (!plan.isEmpty()) {
      tools.recordUse(CopingTool.COPING_PLAN);
    }
    return plan;
  }

  /**
   * Replaces the signed-in client's plan with {@code contents}; nothing is saved if any part is
   * refused.
   */
  @Transactional
  @Requires(CLIENT)
  public CopingPlanContents save(CopingPlanContents contents) {
    UUID clientId = caller.requireClient();
    contents.validate();
    // The client's row lock orders two saves from two phones, so one plan is made, not two.
    clients.findLocked(clientId).orElseThrow(() -> new NotFoundException("Client"));
    CopingPlan plan =
        planOf(clientId)
            .orElseGet(
                () -> {
                  var fresh = new CopingPlan(clientId);
                  em.persist(fresh);
                  return fresh;
                });
    plan.rewrite(contents, clock.instant());
    // The people refer to the plan row, which JPA does not know: it must be written first.
    em.flush();
    em.createQuery("delete from CopingPlanPerson p where p.planId = :plan")
        .setParameter("plan", plan.getId())
        .executeUpdate();
    List<PersonToCall> people = contents.peopleToCall();
    for (int i = 0; i < people.size(); i++) {
      em.persist(new CopingPlanPerson(plan.getId(), i, people.get(i)));
    }
    audit.record(AuditAction.COPING_PLAN_SAVED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return contents;
  }

  private Optional<CopingPlan> planOf(UUID clientId) {
    return em.createQuery("select p from CopingPlan p where p.clientId = :client", CopingPlan.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  private List<PersonToCall> peopleOn(CopingPlan plan) {
    return em.createQuery(
            "select p from CopingPlanPerson p where p.planId = :plan order by p.listedAs",
            CopingPlanPerson.class)
        .setParameter("plan", plan.getId())
        .getResultStream()
        .map(CopingPlanPerson::person)
        .toList();
  }
}
