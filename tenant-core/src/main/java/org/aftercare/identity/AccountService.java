package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.aftercare.tenancy.persistence.TenantAware;

/** The current clinic's accounts. */
@ApplicationScoped
@TenantAware
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject PasswordHasher passwordHasher;

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Account open(String email, String displayName, String password, Set<Role> roles) {
    var account = new Account(email, displayName, passwordHasher.hash(password), roles);
    em.persist(account);
    return account;
  }

  boolean passwordMatches(Account account, String password) {
    return passwordHasher.matches(password, account.getPasswordHash());
  }
}
