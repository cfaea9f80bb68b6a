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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's accounts. */
@ApplicationScoped
@TenantAware
public class AccountService {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  static final String AUDIT_TYPE = "Account";

  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;
  @Inject SignInRecords signIns;
  @Inject AuditService audit;
  @Inject Caller caller;

  /** The clinic's staff accounts by name; a clinic's staff is a few hundred at most. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public List<Account> staff() {
    return em.createNamedQuery(Account.STAFF_BY_NAME, Account.class).getResultList();
  }

  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public Optional<Account> find(UUID accountId) {
    care.requireOwnAccountUnlessStaff(accountId);
    return Optional.ofNullable(em.find(Account.class, accountId));
  }

  /**
   * Finds an account and locks its row until the caller's transaction ends, for a change that
   * counts against it (a mentor's caseload) and must not be made twice at once.
   */
  @Requires({})
  public Optional<Account> findLocked(UUID accountId) {
    return Optional.ofNullable(em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account changeRoles(UUID accountId, Set<Role> roles) {
    if (roles.isEmpty() || roles.contains(Role.PLATFORM_OPERATOR)) {
      throw new InvalidInputException("roles", "Choose at least one clinic role.");
    }
    Account account = existing(accountId);
    if (account.isActiveAdmin() && !roles.contains(Role.CLINIC_ADMIN)) {
      requireAnotherAdmin(account);
    }
    account.changeRoles(roles);
    audit.record(AuditAction.STAFF_ROLES_CHANGED, AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account deactivate(UUID accountId) {
    Account account = existing(accountId);
    if (account.isActiveAdmin()) {
      requireAnotherAdmin(account);
    }
    account.deactivate();
    audit.record(AuditAction.STAFF_DEACTIVATED, AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  /** Ends every open session of the person at its next request (a lost phone, a shared PC). */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account signOutEverywhere(UUID accountId) {
    Account account = existing(accountId);
    account.endSessions();
    audit.record(AuditAction.SESSIONS_ENDED, AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account unlock(UUID accountId) {
    Account account = existing(accountId);
    account.unlock();
    audit.record(AuditAction.ACCOUNT_UNLOCKED, AUDIT_TYPE, accountId, AuditOutcome.SUCCESS);
    return account;
  }

  /**
   * Starts a reset for the current clinic's active account with this e-mail, if there is one. The
   * caller tells the person the same either way, so the answer does not reveal accounts.
   */
  @Transactional
  @Requires({})
  public Optional<PasswordResetLink> startPasswordReset(String email) {
    return findByEmail(email)
        .filter(Account::isActive)
        .map(
            account -> {
              var token = LinkToken.create();
              em.persist(new PasswordReset(account.getId(), token.hash(), clock.instant()));
              audit.record(
                  account.getEmail(),
                  AuditAction.PASSWORD_RESET_REQUESTED,
                  AUDIT_TYPE,
                  account.getId(),
                  AuditOutcome.SUCCESS);
              return new PasswordResetLink(account, token);
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
        AUDIT_TYPE,
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
      throw new InvalidInputException("currentPassword", "The current password is not right.");
    }
    PasswordPolicy.require(newPassword);
    account.replacePasswordHash(passwordHasher.hash(newPassword));
    audit.record(AuditAction.PASSWORD_CHANGED, AUDIT_TYPE, account.getId(), AuditOutcome.SUCCESS);
    return account;
  }

  private Optional<PasswordReset> usableReset(String token) {
    return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
        .setParameter("tokenHash", LinkToken.hashOf(token == null ? "" : token))
        .getResultStream()
        .findFirst()
        .filter(reset -> reset.isUsableAt(clock.instant()));
  }

  private Account existing(UUID accountId) {
    return find(accountId).orElseThrow(() -> new NotFoundException("Account"));
  }

  /** A clinic always keeps one active admin, or nobody could manage its staff again. */
  private void requireAnotherAdmin(Account leaving) {
    boolean another =
        staff().stream().anyMatch(a -> a.isActiveAdmin() && !a.getId().equals(leaving.getId()));
    if (!another) {
      throw new ConflictException(
          "This is the clinic's last admin. Make someone else an admin first.");
    }
  }

  /** Sets how many mentees a peer mentor takes at most (clinic admins, from the staff page). */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account changeCaseloadCapacity(UUID accountId, int capacity) {
    if (capacity < 0 || capacity > 100) {
      throw new InvalidInputException(
          "caseloadCapacity", "A caseload is between 0 and 100 mentees.");
    }
    Account account = find(accountId).orElseThrow(() -> new NotFoundException("Account"));
    account.setCaseloadCapacity(capacity);
    return account;
  }

  @Requires({})
  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  @Requires({})
  public Account open(String email, String displayName, String password, Set<Role> roles) {
    PasswordPolicy.require(password);
    var account = new Account(email, displayName, passwordHasher.hash(password), roles);
    em.persist(account);
    return account;
  }

  /** A client's own portal account, tied to the client's record. */
  @Transactional
  @Requires({})
  public Account openForClient(UUID clientId, String email, String displayName, String password) {
    Account account = open(email, displayName, password, EnumSet.of(Role.CLIENT));
    account.belongTo(clientId);
    return account;
  }

  @Requires(CLINICIAN)
  public Optional<Account> findForClient(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createNamedQuery(Account.OF_CLIENT, Account.class)
        .setParameter("clientId", clientId)
        .getResultStream()
        .findFirst();
  }

  /**
   * One sign-in attempt on the current clinic's account, throttled and audited. The password is
   * compared first, on what was read of the account, with no transaction, row lock or connection
   * held during the costly hash; {@link SignInRecords} then counts the verdict under the row lock.
   */
  @Requires({})
  public Optional<Account> signIn(String email, String password) {
    var found = findByEmail(email).filter(Account::isActive);
    if (found.isEmpty()) {
      passwordHasher.matchesNothing(password);
      signIns.recordUnknown(email);
      return Optional.empty();
    }
    Account seen = found.get();
    var verdict = passwordCheck.check(seen.password(), password);
    return signIns.record(seen.getId(), seen.password().hash(), verdict);
  }
}
