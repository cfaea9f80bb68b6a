package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/** The platform's operators, who belong to no clinic. */
@ApplicationScoped
public class PlatformOperatorService {

  @PersistenceContext private EntityManager em;
  private static final Logger LOG = Logger.getLogger(PlatformOperatorService.class.getName());

  @Inject PasswordHasher passwordHasher;
  @Inject PasswordCheck passwordCheck;

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
      return Optional.empty();
    }
    PlatformOperator operator = found.get();
    em.refresh(operator, LockModeType.PESSIMISTIC_WRITE);
    var outcome = passwordCheck.attempt(operator.throttle(), operator.getPasswordHash(), password);
    if (outcome == PasswordCheck.Outcome.LOCKED_NOW) {
      LOG.warning(
          "Platform operator " + operator.getEmail() + " locked after repeated failed sign-ins");
    }
    return outcome.succeeded() ? Optional.of(operator) : Optional.empty();
  }
}
