package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.PlatformAuditService;

/** The platform's operators, who belong to no clinic. */
@ApplicationScoped
public class PlatformOperatorService {

  @PersistenceContext private EntityManager em;
  static final String AUDIT_TYPE = "PlatformOperator";

  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;
  @Inject PlatformAuditService audit;

  public boolean anyExists() {
    return em.createNamedQuery(PlatformOperator.COUNT, Long.class).getSingleResult() > 0;
  }

  public Optional<PlatformOperator> findByEmail(String email) {
    return em.createNamedQuery(PlatformOperator.BY_EMAIL, PlatformOperator.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public PlatformOperator create(String email, String password) {
    PasswordPolicy.require(password);
    var operator = new PlatformOperator(email, "Platform operator", passwordHasher.hash(password));
    em.persist(operator);
    return operator;
  }

  /** One throttled sign-in attempt; see {@link SignInThrottle}. */
  @Transactional
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
    PlatformOperator operator = found.get();
    em.refresh(operator, LockModeType.PESSIMISTIC_WRITE);
    var outcome = passwordCheck.attempt(operator.throttle(), operator.getPasswordHash(), password);
    audit.record(
        operator.getEmail(),
        outcome.succeeded() ? AuditAction.SIGN_IN_SUCCEEDED : AuditAction.SIGN_IN_FAILED,
        AUDIT_TYPE,
        operator.getId(),
        outcome.auditOutcome());
    if (outcome == PasswordCheck.Outcome.LOCKED_NOW) {
      audit.record(
          operator.getEmail(),
          AuditAction.ACCOUNT_LOCKED,
          AUDIT_TYPE,
          operator.getId(),
          AuditOutcome.DENIED);
    }
    return outcome.succeeded() ? Optional.of(operator) : Optional.empty();
  }
}
