package org.aftercare.groups;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client's confidential concern about a session they had a place in, from the moment it opens
 * until two weeks after: the clinic's clinicians read and handle it; the client sees it was
 * received. Peer mentors never see concerns, even of sessions they lead — a concern may be about
 * them or a peer, and peers are not the clinic's clinical staff. Clinic admins neither: they open
 * no client record. Nothing leaves the portal (no mail names the clinic or the concern).
 */
@ApplicationScoped
@TenantAware
public class SessionConcerns {

  static final String AUDIT_TYPE = "SessionConcern";
  public static final int MAX_LENGTH = 1000;
  static final String FIELD = "body";

  /** How long after a session ends a client may still raise a concern about it. */
  public static final Duration REPORTABLE_FOR = Duration.ofDays(14);

  static final Duration RATE_WINDOW = Duration.ofHours(1);

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject CareRelationships care;
  @Inject AccountService accounts;
  @Inject AuditService audit;

  /** Concerns a client may raise in an hour: room for a follow-up, too few to flood the staff. */
  @Inject
  @ConfigProperty(name = "aftercare.concerns.per-hour", defaultValue = "3")
  int perHour;

  /** The client's sessions that are under way or over by less than two weeks, newest first. */
  @Requires(CLIENT)
  public List<GroupSession> reportable(UUID clientId) {
    care.requireSelf(clientId);
    Instant now = clock.instant();
    return em.createQuery(
            "select s from GroupSession s join fetch s.group g where s.startsAt <= :opened"
                + " and s.endsAt > :since and s.status <> :cancelled and exists"
                + " (select e from Enrollment e where e.group = g and e.client.id = :client"
                + "  and e.status = :enrolled) order by s.startsAt desc",
            GroupSession.class)
        .setParameter("opened", now.plus(JoinWindow.BEFORE_START))
        .setParameter("since", now.minus(REPORTABLE_FOR))
        .setParameter("cancelled", SessionStatus.CANCELLED)
        .setParameter("client", clientId)
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .setMaxResults(10)
        .getResultList();
  }

  @Transactional
  @Requires(CLIENT)
  public SessionConcern report(UUID clientId, UUID sessionId, String text) {
    care.requireSelf(clientId);
    GroupSession session =
        reportable(clientId).stream()
            .filter(s -> s.getId().equals(sessionId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Session"));
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw InvalidInputException.worded(
          FIELD, "Write what happened in a few words.", "concern.body.empty");
    }
    if (body.length() > MAX_LENGTH) {
      throw InvalidInputException.worded(
          FIELD,
          "Keep it to " + MAX_LENGTH + " characters; this has " + body.length() + ".",
          "concern.body.long",
          MAX_LENGTH,
          body.length());
    }
    // The client's account row orders two reports sent at once, so both count against the limit.
    accounts.findLocked(caller.requirePerson());
    Instant now = clock.instant();
    refuseFlooding(clientId, now);
    var concern = new SessionConcern(session, em.find(Client.class, clientId), body, now);
    em.persist(concern);
    audit.record(
        AuditAction.SESSION_CONCERN_REPORTED, AUDIT_TYPE, concern.getId(), AuditOutcome.SUCCESS);
    return concern;
  }

  /** The client's own concerns, newest first, so they see each was received and handled. */
  @Requires(CLIENT)
  public List<SessionConcern> mine(UUID clientId) {
    care.requireSelf(clientId);
    return em.createQuery(
            "select c from SessionConcern c join fetch c.session s join fetch s.group"
                + " where c.client.id = :client order by c.reportedAt desc",
            SessionConcern.class)
        .setParameter("client", clientId)
        .setMaxResults(20)
        .getResultList();
  }

  /** The clinic's concerns not yet handled, oldest first. */
  @Requires(CLINICIAN)
  public List<SessionConcern> open() {
    return em.createQuery(
            "select c from SessionConcern c join fetch c.session s join fetch s.group"
                + " where c.handledAt is null order by c.reportedAt",
            SessionConcern.class)
        .getResultList();
  }

  /** Every concern about one session, handled ones included, oldest first. */
  @Requires(CLINICIAN)
  public List<SessionConcern> ofSession(UUID sessionId) {
    return em.createQuery(
            "select c from SessionConcern c join fetch c.session s join fetch s.group"
                + " where s.id = :session order by c.reportedAt",
            SessionConcern.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  @Transactional
  @Requires(CLINICIAN)
  public void handle(UUID concernId) {
    SessionConcern concern =
        Optional.ofNullable(concernId == null ? null : em.find(SessionConcern.class, concernId))
            .orElseThrow(() -> new NotFoundException("Concern"));
    concern.handle(caller.requirePerson(), clock.instant());
    audit.record(AuditAction.SESSION_CONCERN_HANDLED, AUDIT_TYPE, concernId, AuditOutcome.SUCCESS);
  }

  private void refuseFlooding(UUID clientId, Instant now) {
    long recent =
        em.createQuery(
                "select count(c) from SessionConcern c where c.client.id = :client"
                    + " and c.reportedAt > :since",
                Long.class)
            .setParameter("client", clientId)
            .setParameter("since", now.minus(RATE_WINDOW))
            .getSingleResult();
    if (recent >= perHour) {
      throw InvalidInputException.worded(
          FIELD,
          "You have sent "
              + recent
              + " concerns in the last hour. The clinic has them; send"
              + " another later, or call your clinician if it is urgent.",
          "concern.flood",
          recent);
    }
  }
}
