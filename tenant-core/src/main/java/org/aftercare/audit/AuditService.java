package org.aftercare.audit;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
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
 * entry chained to the one before (see {@link AuditChain}) when the transaction commits (see {@link
 * ChainedAtCommit}); and finds, counts and exports entries for the clinic's administrators.
 */
@ApplicationScoped
@TenantAware
public class AuditService {

  static final String SYSTEM_ACTOR = "system";

  /** The most entries one {@link #search} returns. */
  public static final int MAX_PAGE = 500;

  static final int EXPORT_PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject RequestOrigin origin;
  @Inject Caller caller;
  @Inject ChainKey chainKey;
  @Inject TenantContext tenantContext;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Payara's; the portable registry registers interposed synchronizations only. */
  @Resource(lookup = "java:appserver/TransactionManager")
  TransactionManager transactionManager;

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
    var entry = AuditEvent.now(actor, action, objectType, objectId, outcome, origin);
    // A transaction already bound to roll back writes nothing, this entry included.
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      chainedAtCommit(tenant).add(tenant, entry);
    }
  }

  /** This transaction's entries, to be chained and written when it commits. */
  private ChainedAtCommit chainedAtCommit(UUID tenant) {
    var pending = (ChainedAtCommit) transactions.getResource(ChainedAtCommit.class);
    if (pending == null) {
      // Binds the transaction's connection now, set for this clinic as EclipseLink takes it: the
      // entries are checked against that setting when they are written.
      em.unwrap(Connection.class);
      pending = new ChainedAtCommit(em, tenant, chainKey);
      try {
        transactionManager.getTransaction().registerSynchronization(pending);
      } catch (RollbackException | SystemException e) {
        throw new IllegalStateException("The audit trail could not join the transaction", e);
      }
      transactions.putResource(ChainedAtCommit.class, pending);
    }
    return pending;
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
