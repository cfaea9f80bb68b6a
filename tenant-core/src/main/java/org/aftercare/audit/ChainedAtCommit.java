package org.aftercare.audit;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.audit.AuditService.ChainHead;

/**
 * One transaction's audit entries, linked into the clinic's chain and written just before the
 * transaction commits, in the order they were recorded.
 *
 * <p>Only then is the clinic's chain lock taken, and held for the few inserts and the commit. Taken
 * at the first entry instead, it was held through the rest of the transaction — a roster save
 * audited while holding its session's row lock, and any transaction that had audited before asking
 * for that row waited for it holding the chain lock: a deadlock, found by 20 facilitators saving
 * rosters at once (bench/load) — and every audited read of the clinic waited for the slowest
 * transaction holding it. A transaction that takes the lock last cannot hold it while waiting for a
 * row.
 *
 * <p>An entry's time is when it was recorded, its place in the chain when its transaction
 * committed: along the chain, an entry of a long transaction can carry an earlier time than the one
 * before it. The chain's order is the order of commits; the verifier checks links, not times.
 *
 * <p>The lock is a transaction-scoped advisory lock rather than {@code select ... for update} on a
 * chain-head row: a clinic's first entry has no row to lock; {@code for update} needs the UPDATE
 * privilege, which the application role must not have on the audit trail; the advisory lock ends
 * with the transaction and needs no table. Two keys (this chain's namespace, the clinic) keep it
 * apart from other advisory locks; two clinics whose ids hash alike merely wait for each other.
 * Under READ COMMITTED the read after the lock sees the entry the previous holder committed, and
 * the unique index on (tenant_id, sequence) backs the lock up: a writer that got past it would fail
 * rather than fork the chain.
 *
 * <p>Registered as a plain (not interposed) synchronization, it runs before EclipseLink's own,
 * interposed one writes the unit of work and lets go of the connection: the persistence context
 * still takes the transaction's changes, then the entries.
 */
final class ChainedAtCommit implements Synchronization {

  /** Takes the chain lock and reads which clinic the connection is set for, in one round trip. */
  private static final String LOCK_CHAIN =
      "select pg_advisory_xact_lock(hashtext('aftercare.audit_chain'), hashtext(?)),"
          + " current_setting('app.tenant_id', true)";

  private static final String CHAIN_HEAD =
      "select sequence, hash from audit_event where tenant_id = ?::uuid"
          + " order by sequence desc limit 1";

  private final EntityManager em;
  private final UUID tenant;
  private final ChainKey key;
  private final List<AuditEvent> entries = new ArrayList<>();

  /** Set once the entries are being written: one recorded later would never be. */
  private boolean completing;

  ChainedAtCommit(EntityManager em, UUID tenant, ChainKey key) {
    this.em = em;
    this.tenant = tenant;
    this.key = key;
  }

  void add(UUID entryTenant, AuditEvent entry) {
    if (completing) {
      throw new IllegalStateException("An audit entry recorded while its transaction commits");
    }
    if (!tenant.equals(entryTenant)) {
      throw new IllegalStateException(
          "Audit entry for clinic " + entryTenant + " in a transaction of clinic " + tenant);
    }
    entries.add(entry);
  }

  @Override
  public void beforeCompletion() {
    completing = true;
    // The transaction's own changes first: their row locks are taken before the chain lock.
    em.flush();
    ChainHead head = lockChain();
    long sequence = head.sequence();
    String previous = head.hash();
    for (AuditEvent entry : entries) {
      entry.link(tenant, ++sequence, previous, key);
      previous = entry.getHash();
      em.persist(entry);
    }
    em.flush();
  }

  @Override
  public void afterCompletion(int status) {
    // Nothing to undo: the entries were written in the transaction and end with it.
  }

  /** Unwrapping begins the database transaction, so the lock lasts until it ends. */
  private ChainHead lockChain() {
    Connection connection = em.unwrap(Connection.class);
    try {
      try (var lock = connection.prepareStatement(LOCK_CHAIN)) {
        lock.setString(1, tenant.toString());
        try (var locked = lock.executeQuery()) {
          locked.next();
          requireConnectionFor(locked.getString(2));
        }
      }
      try (var last = connection.prepareStatement(CHAIN_HEAD)) {
        last.setString(1, tenant.toString());
        try (var rows = last.executeQuery()) {
          return rows.next()
              ? new ChainHead(rows.getLong(1), rows.getString(2))
              : new ChainHead(0, AuditChain.GENESIS_HASH);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the audit chain failed: " + e.getMessage(), e);
    }
  }

  /**
   * The entries are written under row-level security for the connection's clinic; should that
   * differ from the clinic they are for, one clinic's work is running on another's connection, and
   * no entry may be written at all.
   */
  private void requireConnectionFor(String connectionClinic) {
    if (!tenant.toString().equals(connectionClinic)) {
      throw new IllegalStateException(
          "Audit entry for clinic "
              + tenant
              + " refused: the transaction's connection is set for clinic '"
              + connectionClinic
              + "'");
    }
  }
}
