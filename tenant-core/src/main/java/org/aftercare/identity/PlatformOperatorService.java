package org.aftercare.identity;

import static org.aftercare.access.Role.PLATFORM_OPERATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.PlatformAuditService;
import org.aftercare.shared.NotFoundException;

/** The platform's operators, who belong to no clinic. */
@ApplicationScoped
public class PlatformOperatorService {

  @PersistenceContext private EntityManager em;
  static final String AUDIT_TYPE = "PlatformOperator";

  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;
  @Inject OperatorSignIns signIns;
  @Inject PlatformAuditService audit;
  @Inject Caller caller;

  public boolean anyExists() {
    return em.createNamedQuery(PlatformOperator.COUNT, Long.class).getSingleResult() > 0;
  }

  public Optional<PlatformOperator> findByEmail(String email) {
    return em.createNamedQuery(PlatformOperator.BY_EMAIL, PlatformOperator.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** Every operator, locked ones first, for the console. */
  @Requires(PLATFORM_OPERATOR)
  public List<PlatformOperator> all() {
    return em.createQuery(
            "select o from PlatformOperator o order by o.password.throttle.lockedAt nulls last, lower(o.email)",
            PlatformOperator.class)
        .getResultList();
  }

  /** Another operator lifts a lockout from the console. */
  @Transactional
  @Requires(PLATFORM_OPERATOR)
  public PlatformOperator unlock(UUID operatorId) {
    PlatformOperator operator = em.find(PlatformOperator.class, operatorId);
    if (operator == null) {
      throw new NotFoundException("Operator");
    }
    return unlocked(operator, caller.person().orElseThrow().getName());
  }

  /**
   * Lifts a lockout from the command line ({@code --unlock-operator}), for when no operator can
   * sign in any more; whoever can start the portal can already reach its database.
   */
  @Transactional
  public boolean unlockAtStart(String email) {
    return findByEmail(email).map(operator -> unlocked(operator, "command line")).isPresent();
  }

  private PlatformOperator unlocked(PlatformOperator operator, String by) {
    operator.unlock();
    audit.record(
        by, AuditAction.ACCOUNT_UNLOCKED, AUDIT_TYPE, operator.getId(), AuditOutcome.SUCCESS);
    return operator;
  }

  @Transactional
  public PlatformOperator create(String email, String password) {
    PasswordPolicy.require(password);
    var operator = new PlatformOperator(email, "Platform operator", passwordHasher.hash(password));
    em.persist(operator);
    return operator;
  }

  /**
   * One throttled sign-in attempt; see {@link SignInThrottle}. As for clinic accounts, the password
   * is compared first with no transaction, row lock or connection held, and the verdict counted
   * after, under the row lock ({@link OperatorSignIns}): a flood of guesses at an operator's
   * address cannot take the pool every clinic shares.
   */
  public Optional<PlatformOperator> signIn(String email, String password) {
    var found = findByEmail(email);
    if (found.isEmpty()) {
      passwordHasher.matchesNothing(password);
      audit.record(
          TypedAddress.of(email),
          AuditAction.SIGN_IN_FAILED,
          AUDIT_TYPE,
          null,
          AuditOutcome.FAILED);
      return Optional.empty();
    }
    PlatformOperator seen = found.get();
    var verdict = passwordCheck.check(seen.password(), password);
    return signIns.record(seen.getId(), seen.password().hash(), verdict);
  }
}
