package org.aftercare.identity;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Passwords in the current clinic: a reset link's life (started, checked, used) and the signed-in
 * person's own change. {@link PasswordResets} is the way in from the "forgot your password" page,
 * which has no clinic until it finds one.
 */
@ApplicationScoped
@TenantAware
public class Passwords {

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;
  @Inject AccountService accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;
  @Inject AuditService audit;
  @Inject Caller caller;

  /**
   * Starts a reset for the current clinic's active account with this e-mail, if there is one. The
   * caller tells the person the same either way, so the answer does not reveal accounts.
   */
  @Transactional
  @Requires({})
  public Optional<PasswordResetLink> startPasswordReset(String email) {
    return accounts
        .findByEmail(email)
        .filter(Account::isActive)
        .map(
            account -> {
              var token = LinkToken.create();
              em.persist(new PasswordReset(account.getId(), token.hash(), clock.instant()));
              audit.record(
                  account.getEmail(),
                  AuditAction.PASSWORD_RESET_REQUESTED,
                  AccountService.AUDIT_TYPE,
                  account.getId(),
                  AuditOutcome.SUCCESS);
              return new PasswordResetLink(
                  account, token, ChosenLanguage.of(account, em).orElse(null));
            });
  }

  @Requires({})
  public boolean isResetUsable(String token) {
    return usableReset(token).isPresent();
  }

  /** Sets the new password, lifts a lockout and uses the link up. */
  @Transactional
  @Requires({})
  public Account resetPassword(String token, String newPassword) {
    PasswordPolicy.require(newPassword);
    PasswordReset reset = usableReset(token).orElseThrow(() -> new NotFoundException("Reset link"));
    Account account = existing(reset.accountId());
    account.replacePasswordHash(passwordHasher.hash(newPassword));
    account.unlock();
    reset.use(clock.instant());
    audit.record(
        account.getEmail(),
        AuditAction.PASSWORD_RESET,
        AccountService.AUDIT_TYPE,
        account.getId(),
        AuditOutcome.SUCCESS);
    return account;
  }

  /**
   * The signed-in person changes their own password, proving the current one first. A wrong current
   * password counts against the sign-in throttle, so the failure is committed, not rolled back.
   */
  @Transactional(dontRollbackOn = InvalidInputException.class)
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public Account changePassword(String currentPassword, String newPassword) {
    Account account = existing(caller.requirePerson());
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    if (!passwordCheck.attempt(account.password(), currentPassword).succeeded()) {
      throw InvalidInputException.worded(
          "currentPassword",
          "The current password is not right.",
          "refusal.identity.password.currentWrong");
    }
    PasswordPolicy.require(newPassword);
    account.replacePasswordHash(passwordHasher.hash(newPassword));
    audit.record(
        AuditAction.PASSWORD_CHANGED,
        AccountService.AUDIT_TYPE,
        account.getId(),
        AuditOutcome.SUCCESS);
    return account;
  }

  private Optional<PasswordReset> usableReset(String token) {
    return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
        .setParameter("tokenHash", LinkToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .filter(reset -> reset.isUsableAt(clock.instant()));
  }

  private Account existing(UUID accountId) {
    return accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account"));
  }
}
