package org.aftercare.clients;

import static org.aftercare.access.ApiScope.CLIENTS_READ;
import static org.aftercare.access.ApiScope.CLIENTS_WRITE;
import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.LikePattern;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/** Adding, changing, finding and opening the current clinic's clients; every touch is audited. */
@ApplicationScoped
@TenantAware
public class ClientService {

  static final String AUDIT_TYPE = "Client";

  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject Validator validator;

  /** A page of the clinic's clients in a stable order, for a system that walks them all. */
  @Requires(CLINICIAN)
  @OpenToApiClients(CLIENTS_READ)
  public List<Client> pageAfter(UUID after, int limit) {
    audit.record(AuditAction.CLIENTS_SEARCHED, AUDIT_TYPE, null, AuditOutcome.SUCCESS);
    var query =
        after == null
            ? em.createQuery("select c from Client c order by c.id", Client.class)
            : em.createQuery(
                    "select c from Client c where c.id > :after order by c.id", Client.class)
                .setParameter("after", after);
    return query.setMaxResults(limit).getResultList();
  }

  /** The client the clinic's EHR knows by {@code ehrMrn}; the read is audited. */
  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(CLIENTS_READ)
  public Optional<Client> openByMrn(String ehrMrn) {
    var found =
        em.createQuery("select c from Client c where c.ehrMrn = :mrn", Client.class)
            .setParameter("mrn", ehrMrn)
            .getResultStream()
            .findFirst();
    found.ifPresent(
        client ->
            audit.record(
                AuditAction.CLIENT_VIEWED, AUDIT_TYPE, client.getId(), AuditOutcome.SUCCESS));
    return found;
  }

  @Requires(CLINICIAN)
  public List<Client> search(ClientSearch search) {
    // A list of clients is a read of each of them: who looked, and when, is in the trail.
    audit.record(AuditAction.CLIENTS_SEARCHED, AUDIT_TYPE, null, AuditOutcome.SUCCESS);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Client.class);
    Root<Client> client = query.from(Client.class);
    var sortKey = client.get(search.sortBy().attribute);
    query
        .select(client)
        .where(matching(cb, client, search.text()))
        .orderBy(search.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.asc(client.get("id")));
    return em.createQuery(query)
        .setFirstResult(search.offset())
        .setMaxResults(search.limit())
        .getResultList();
  }

  @Requires(CLINICIAN)
  public long count(String text) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Long.class);
    Root<Client> client = query.from(Client.class);
    query.select(cb.count(client)).where(matching(cb, client, text == null ? "" : text.trim()));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * Finds a client for a check by another service, or for the client's own pages; not a read of the
   * record for staff to look at (that is {@link #open}, which is audited).
   */
  @Requires({CLINICIAN, PEER_MENTOR, CLIENT})
  public Optional<Client> find(UUID clientId) {
    care.requireMayOpen(clientId);
    return Optional.ofNullable(em.find(Client.class, clientId));
  }

  /**
   * Finds a client and locks their row until the caller's transaction ends: for a change that a
   * double tap must not make twice (a check-in, a support alert), the second waits for the first
   * and then sees what it wrote.
   */
  @Requires({CLINICIAN, PEER_MENTOR, CLIENT})
  public Optional<Client> findLocked(UUID clientId) {
    care.requireMayOpen(clientId);
    return Optional.ofNullable(em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Opens a client's record for a member of staff; the read is audited. */
  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(CLIENTS_READ)
  public Client open(UUID clientId) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new NotFoundException("Client");
    }
    audit.record(AuditAction.CLIENT_VIEWED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return client;
  }

  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(CLIENTS_WRITE)
  public Client add(Client client) {
    validate(client);
    requireMrnFree(client);
    em.persist(client);
    flushRefusingATakenMrn();
    audit.record(AuditAction.CLIENT_CREATED, AUDIT_TYPE, client.getId(), AuditOutcome.SUCCESS);
    return client;
  }

  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(CLIENTS_WRITE)
  public Client update(Client changed) {
    validate(changed);
    requireMrnFree(changed);
    if (em.find(Client.class, changed.getId()) == null) {
      throw new NotFoundException("Client");
    }
    try {
      Client saved = em.merge(changed);
      flushRefusingATakenMrn();
      audit.record(AuditAction.CLIENT_UPDATED, AUDIT_TYPE, saved.getId(), AuditOutcome.SUCCESS);
      return saved;
    } catch (OptimisticLockException e) {
      throw ConflictException.worded(
              "Someone else changed this client while you were editing. Reopen it to see their"
                  + " changes.",
              "refusal.clients.changedMeanwhile")
          .causedBy(e);
    }
  }

  /**
   * A second client with the same record number would split one person's history; the unique index
   * catches a concurrent double, this check names the field.
   */
  private void requireMrnFree(Client client) {
    if (client.getEhrMrn() == null) {
      return;
    }
    boolean taken =
        !em.createQuery(
                "select c.id from Client c where c.ehrMrn = :mrn and c.id <> :id", UUID.class)
            .setParameter("mrn", client.getEhrMrn())
            .setParameter("id", client.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw InvalidInputException.worded(
          "ehrMrn",
          "Another client already has this EHR record number.",
          "refusal.clients.ehrMrn.taken");
    }
  }

  /**
   * Writes now, so that a discharge racing another with the same record number past {@link
   * #requireMrnFree} meets the unique index here and is told so at the field, not with a 500.
   */
  private void flushRefusingATakenMrn() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (String.valueOf(e.getMessage()).contains("client_ehr_mrn_idx")) {
        throw InvalidInputException.worded(
            "ehrMrn",
            "Another client already has this EHR record number.",
            "refusal.clients.ehrMrn.taken");
      }
      throw e;
    }
  }

  private void validate(Client client) {
    var violations = validator.validate(client);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  private static Predicate matching(CriteriaBuilder cb, Root<Client> client, String text) {
    if (text.isEmpty()) {
      return cb.conjunction();
    }
    String pattern = LikePattern.containing(text);
    return cb.or(
        cb.like(cb.lower(client.get("displayName")), pattern, LikePattern.ESCAPE),
        cb.like(cb.lower(client.get("legalName")), pattern, LikePattern.ESCAPE),
        cb.like(cb.lower(client.get("email")), pattern, LikePattern.ESCAPE));
  }
}
