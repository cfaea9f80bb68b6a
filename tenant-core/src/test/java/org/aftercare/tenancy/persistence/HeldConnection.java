package org.aftercare.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;

/** A transaction that holds its connection, as one does once it has written (test helper). */
@ApplicationScoped
public class HeldConnection {

  @PersistenceContext EntityManager em;

  /** The connections held at the moment this transaction holds its own. */
  @Transactional
  public int countedWhileHolding() {
    // Asking for the connection binds one to the transaction until it ends, as a flush does.
    em.unwrap(Connection.class);
    return ConnectionsInUse.now();
  }
}
