package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.PlatformAuditService;

/**
 * Records what an operator's sign-in attempt came to, in a short transaction under the operator's
 * row lock, into the platform trail: the operators' counterpart of {@link SignInRecords}.
 */
@ApplicationScoped
public class OperatorSignIns {

  @PersistenceContext private EntityManager em;
  @Inject PasswordCheck passwordCheck;
  @Inject PlatformAuditService audit;

  /** The attempt on an operator whose hash {@code checkedHash} was compared with the password. */
  @Transactional
  public Optional<PlatformOperator> record(
      UUID operatorId, String checkedHash, PasswordCheck.Verdict verdict) {
    PlatformOperator operator =
        em.find(PlatformOperator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
    if (operator == null) {
      return Optional.empty();
    }
    var outcome = passwordCheck.record(operator.password(), checkedHash, verdict);
    audit.record(
        operator.getEmail(),
        outcome.succeeded() ? AuditAction.SIGN_IN_SUCCEEDED : AuditAction.SIGN_IN_FAILED,
        PlatformOperatorService.AUDIT_TYPE,
        operator.getId(),
        outcome.auditOutcome());
    if (outcome == PasswordCheck.Outcome.LOCKED_NOW) {
      audit.record(
          operator.getEmail(),
          AuditAction.ACCOUNT_LOCKED,
          PlatformOperatorService.AUDIT_TYPE,
          operator.getId(),
          AuditOutcome.DENIED);
    }
    return outcome.succeeded() ? Optional.of(operator) : Optional.empty();
  }
}
