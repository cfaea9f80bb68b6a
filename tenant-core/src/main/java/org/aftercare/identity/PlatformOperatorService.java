package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The platform's operators, who belong to no clinic. */
@ApplicationScoped
public class PlatformOperatorService {

  @PersistenceContext private EntityManager em;
  @Inject PasswordHasher passwordHasher;

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
    var operator = new PlatformOperator(email, "Platform operator", passwordHasher.hash(password));
    em.persist(operator);
    return operator;
  }

  boolean passwordMatches(PlatformOperator operator, String password) {
    return passwordHasher.matches(password, operator.getPasswordHash());
  }
}
