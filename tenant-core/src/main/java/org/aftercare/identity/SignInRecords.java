package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Records what a sign-in attempt came to, in a short transaction that locks the account's row: so
 * concurrent guesses are all counted, while the password itself was checked before, holding neither
 * the lock nor a connection. A flood of attempts on one account then queues for the hasher instead
 * of taking the pool every clinic shares.
 */
@ApplicationScoped
@TenantAware
public class SignInRecords {

  private static final Logger LOG = Logger.getLogger(SignInRecords.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject PasswordCheck passwordCheck;
  @Inject AuditService audit;

  /** The attempt on an account whose hash {@code checkedHash} was compared with the password. */
  @Transactional
  @Requires({})
  public Optional<Account> record(
      UUID accountId, String checkedHash, PasswordCheck.Verdict verdict) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null || !account.isActive()) {
      return Optional.empty();
    }
    var outcome = passwordCheck.record(account.password(), checkedHash, verdict);
    audit.record(
        account.getEmail(),
        outcome.succeeded() ? AuditAction.SIGN_IN_SUCCEEDED : AuditAction.SIGN_IN_FAILED,
        AccountService.AUDIT_TYPE,
        account.getId(),
        outcome.auditOutcome());
    if (!outcome.succeeded()) {
      // For the hosting team's alerting on guessing; the account by its id, never its address.
      LOG.info("Sign-in refused (" + outcome + ") for account " + account.getId());
    }
    if (outcome == PasswordCheck.Outcome.LOCKED_NOW) {
      audit.record(
          account.getEmail(),
          AuditAction.ACCOUNT_LOCKED,
          AccountService.AUDIT_TYPE,
          account.getId(),
          AuditOutcome.DENIED);
    }
    return outcome.succeeded() ? Optional.of(account) : Optional.empty();
  }

  /** An attempt for an address with no active account; at most 320 typed characters are kept. */
  @Transactional
  @Requires({})
  public void recordUnknown(String typedEmail) {
    LOG.info("Sign-in refused: no active account has the typed address");
    audit.record(
        TypedAddress.of(typedEmail),
        AuditAction.SIGN_IN_FAILED,
        AccountService.AUDIT_TYPE,
        null,
        AuditOutcome.FAILED);
  }
}
