package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's accounts. */
@ApplicationScoped
@TenantAware
public class AccountService {

  @PersistenceContext private EntityManager em;
  static final String AUDIT_TYPE = "Account";

  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;
  @Inject AuditService audit;

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Account open(String email, String displayName, String password, Set<Role> roles) {
    PasswordPolicy.require(password);
    var account = new Account(email, displayName, passwordHasher.hash(password), roles);
    em.persist(account);
    return account;
  }

  /**
   * One sign-in attempt on the current clinic's account, throttled and audited. The account row is
   * locked for the attempt so that concurrent guesses are all counted.
   */
  @Transactional
  public Optional<Account> signIn(String email, String password) {
    var found = findByEmail(email).filter(Account::isActive);
    if (found.isEmpty()) {
      passwordHasher.matchesNothing(password);
      audit.record(email, AuditAction.SIGN_IN_FAILED, AUDIT_TYPE, null, AuditOutcome.FAILED);
      return Optional.empty();
    }
    Account account = found.get();
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    var outcome = passwordCheck.attempt(account.throttle(), account.getPasswordHash(), password);
    audit.record(
        account.getEmail(),
        outcome.succeeded() ? AuditAction.SIGN_IN_SUCCEEDED : AuditAction.SIGN_IN_FAILED,
        AUDIT_TYPE,
        account.getId(),
        outcome.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED);
    if (outcome == PasswordCheck.Outcome.LOCKED_NOW) {
      audit.record(
          account.getEmail(),
          AuditAction.ACCOUNT_LOCKED,
          AUDIT_TYPE,
          account.getId(),
          AuditOutcome.DENIED);
    }
    return outcome.succeeded() ? Optional.of(account) : Optional.empty();
  }
}
