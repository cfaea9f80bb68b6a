package org.aftercare.audit;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.access.SignedInUser;
import org.aftercare.shared.CsvFile;
import org.aftercare.shared.LikePattern;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Writes the current clinic's audit trail, in the same transaction as the change it records, each
 * entry chained to the one before (see {@link AuditChain}); and finds, counts and exports entries
 * for the clinic's administrators.
 */
@ApplicationScoped
@TenantAware
public class AuditService {

  static final String SYSTEM_ACTOR = "system";

  /** The most entries one {@link #search} returns. */
  public static final int MAX_PAGE = 500;

  static final int EXPORT_PAGE = 500;

  /** Takes the chain lock and reads which clinic the connection is set for, in one round trip. */
  private static final String LOCK_CHAIN =
      "select pg_advisory_xact_lock(hashtext('aftercare.audit_chain'), hashtext(?)),"
          + " current_setting('app.tenant_id', true)";

  private static final String CHAIN_HEAD =
      "select sequence, hash from audit_event where tenant_id = ?::uuid"
          + " order by sequence desc limit 1";

  @PersistenceContext private EntityManager em;
  @Inject RequestOrigin origin;
  @Inject Caller caller;
  @Inject ChainKey chainKey;
  @Inject TenantContext tenantContext;

  /** The end of a clinic's chain: the last entry's sequence number and hash. */
  /** The end of a clinic's chain: its last entry's sequence number and hash. */
  public record ChainHead(long sequence, String hash) {}

  /** The current clinic's chain head, read without the chain lock; empty before the first entry. */
  @Requires({})
  public Optional<ChainHead> head() {
    List<?> rows =
        ClinicSql.query(em, "select sequence, hash from audit_event order by sequence desc limit 1")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new ChainHead(((Number) row[0]).longValue(), (String) row[1]))
        .findFirst();
  }

  @Transactional
  @Requires({})
  public void record(AuditAction action, String objectType, UUID objectId, AuditOutcome outcome) {
    record(actor(), action, objectType, objectId, outcome);
  }

  /**
   * A signed-in person was refused a page or a record (their role, or the record is not theirs or
   * does not exist): who tried what is part of the trail too.
   */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public void recordRefusedPage(String path, AuditOutcome outcome) {
    String page = path == null ? "" : path;
    append(
        actor(),
        AuditAction.PAGE_REFUSED,
        "Page",
        page.length() > 64 ? page.substring(0, 64) : page,
        outcome);
  }

  /**
   * Who acts: the person the request acts for (also right after they signed in, on the page a deep
   * link asked for), else the request's own record of its user, else the system.
   */
  private String actor() {
    return caller
        .person()
        .map(SignedInUser::getName)
        .or(() -> caller.apiClient().map(system -> "API client " + system.name()))
        .or(origin::actor)
        .orElse(SYSTEM_ACTOR);
  }

  /** For events whose actor is not signed in yet, such as a sign-in attempt. */
  @Transactional
  @Requires({})
  public void record(
      String actor, AuditAction action, String objectType, UUID objectId, AuditOutcome outcome) {
    append(actor, action, objectType, objectId == null ? null : objectId.toString(), outcome);
  }

  private void append(
      String actor, AuditAction action, String objectType, String objectId, AuditOutcome outcome) {
    UUID tenant =
        tenantContext
            .tenantId()
            .orElseThrow(() -> new IllegalStateException("An audit entry needs a clinic"));
    var event = AuditEvent.now(actor, action, objectType, objectId, outcome, origin);
    ChainHead head = lockChain(tenant);
    event.link(tenant, head.sequence() + 1, head.hash(), chainKey);
    em.persist(event);
    // Written now, so that a second entry in the same transaction finds this one as the head.
    em.flush();
  }

  /**
   * Takes the clinic's chain lock for the rest of the transaction, then reads the end of the chain.
   *
   * <p>A transaction-scoped advisory lock rather than {@code select ... for update} on a chain-head
   * row: a clinic's first entry has no row to lock; {@code for update} needs the UPDATE privilege,
   * which the application role must not have on the audit trail, and a separate head row would be
   * one more thing to keep in step; the advisory lock ends with the transaction, commit or
   * rollback, and needs no table. Two keys (this chain's namespace, the clinic) keep it apart from
   * other advisory locks; two clinics whose ids hash alike merely wait for each other.
   *
   * <p>Both statements run on the transaction's own connection ({@code unwrap} starts the database
   * transaction early): EclipseLink's read connection is in autocommit, where the lock would end
   * with its statement. Under READ COMMITTED the read after the lock sees the entry the previous
   * holder committed. The unique index on (tenant_id, sequence) backs the lock up: a writer that
   * got past it would fail rather than fork the chain.
   */
  private ChainHead lockChain(UUID tenant) {
    Connection connection = em.unwrap(Connection.class);
    try {
      try (var lock = connection.prepareStatement(LOCK_CHAIN)) {
        lock.setString(1, tenant.toString());
        try (var locked = lock.executeQuery()) {
          locked.next();
          requireConnectionFor(locked.getString(2), tenant);
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
   * The entry is written under row-level security for the connection's clinic; should that differ
   * from the clinic the entry is for, one clinic's work is running on another's connection, and the
   * entry must not be written at all.
   */
  private static void requireConnectionFor(String connectionClinic, UUID tenant) {
    if (!tenant.toString().equals(connectionClinic)) {
      throw new IllegalStateException(
          "Audit entry for clinic "
              + tenant
              + " refused: the transaction's connection is set for clinic '"
              + connectionClinic
              + "'");
    }
  }

  @Requires(CLINIC_ADMIN)
  public List<AuditEvent> eventsFor(UUID objectId) {
    return em.createNamedQuery(AuditEvent.FOR_OBJECT, AuditEvent.class)
        .setParameter("objectId", objectId.toString())
        .getResultList();
  }

  /** One page of the matching entries, newest first. */
  @Requires(CLINIC_ADMIN)
  public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("A page is 1 to " + MAX_PAGE + " rows from offset >= 0");
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.select(event).where(matching(cb, event, filter)).orderBy(cb.desc(event.get("sequence")));
    return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Requires(CLINIC_ADMIN)
  public long count(AuditFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Long.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.select(cb.count(event)).where(matching(cb, event, filter));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * Writes the matching entries as CSV, newest first, a page at a time: each page continues below
   * the last sequence number written, so neither memory nor the cost of a page grows with the
   * trail. Never inside a caller's transaction, where every entry read would stay managed.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  @Requires(CLINIC_ADMIN)
  public void exportCsv(AuditFilter filter, ZoneId zone, Writer out) throws IOException {
    var csv = new CsvFile(out, AuditCsv.HEADER);
    List<AuditEvent> page = newestBelow(filter, Long.MAX_VALUE);
    while (!page.isEmpty()) {
      for (AuditEvent event : page) {
        csv.row(AuditCsv.row(event, zone));
      }
      long lastWritten = page.getLast().getSequence();
      em.clear();
      page = newestBelow(filter, lastWritten);
    }
    csv.flush();
  }

  private List<AuditEvent> newestBelow(AuditFilter filter, long sequence) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query
        .select(event)
        .where(matching(cb, event, filter), cb.lessThan(event.<Long>get("sequence"), sequence))
        .orderBy(cb.desc(event.get("sequence")));
    return em.createQuery(query).setMaxResults(EXPORT_PAGE).getResultList();
  }

  private static Predicate matching(
      CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
    List<Predicate> conditions = new ArrayList<>();
    if (!filter.actor().isEmpty()) {
      conditions.add(
          cb.like(
              cb.lower(event.get("actor")),
              LikePattern.containing(filter.actor()),
              LikePattern.ESCAPE));
    }
    if (!filter.objectId().isEmpty()) {
      conditions.add(cb.equal(event.get("objectId"), filter.objectId()));
    }
    if (filter.action() != null) {
      conditions.add(cb.equal(event.get("action"), filter.action()));
    }
    if (filter.occurredFrom() != null) {
      conditions.add(
          cb.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), filter.occurredFrom()));
    }
    if (filter.occurredBefore() != null) {
      conditions.add(cb.lessThan(event.<Instant>get("occurredAt"), filter.occurredBefore()));
    }
    return cb.and(conditions.toArray(Predicate[]::new));
  }
}
