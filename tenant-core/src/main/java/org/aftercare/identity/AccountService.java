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
import org.aftercare.audit.AuditService;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's accounts. */
@ApplicationScoped
@TenantAware
public class AccountService {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;

  /** How the audit trail names an account. */
  public static final String AUDIT_TYPE = "Account";

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
