package org.aftercare.groups;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Taking a client out of one live session: the session's facilitators (a clinician, or the peer
 * mentor who leads it) remove an enrolled client with a note of what happened, and may readmit
 * them. From that moment the client's Join for that session is refused; their place in the group
 * and its other sessions stay as they were. Clinic admins, who open no client record, do not.
 */
@ApplicationScoped
@TenantAware
public class SessionRemovals {

  static final String AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject CareRelationships care;
  @Inject AuditService audit;

  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public SessionRemoval remove(UUID sessionId, UUID clientId, String note) {
    GroupSession session = runningOrAhead(sessionId);
    Client client = enrolledClient(session, clientId);
    String what = note == null ? "" : note.strip();
    if (what.isEmpty()) {
      throw InvalidInputException.worded(
          "note",
          "Write what happened; the note stays in the client's session record.",
          "refusal.groups.removal.note");
    }
    if (what.length() > SessionRemoval.NOTE_MAX) {
      throw InvalidInputException.worded(
          "note",
          "Keep the note to " + SessionRemoval.NOTE_MAX + " characters.",
          "refusal.groups.removal.noteTooLong",
          SessionRemoval.NOTE_MAX);
    }
    if (inForce(sessionId, clientId).isPresent()) {
      throw ConflictException.worded(
          "This client is already removed from this session.", "refusal.groups.removal.already");
    }
    var removal =
        new SessionRemoval(session, client, what, caller.requirePerson(), clock.instant());
    em.persist(removal);
    audit.record(
        AuditAction.SESSION_PARTICIPANT_REMOVED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return removal;
  }

  /** Lets a removed client join this session again; the removal's note stays on record. */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public void readmit(UUID sessionId, UUID clientId) {
    runningOrAhead(sessionId);
    SessionRemoval removal =
        inForce(sessionId, clientId)
            .orElseThrow(() -> new NotFoundException("Removal from this session"));
    removal.readmit(caller.requirePerson(), clock.instant());
    audit.record(
        AuditAction.SESSION_PARTICIPANT_READMITTED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
  }

  /** Every removal from the session, readmitted ones included, in the order they happened. */
  @Requires({CLINICIAN, PEER_MENTOR})
  public List<SessionRemoval> ofSession(UUID sessionId) {
    care.requireMayTakeRoster(sessionId);
    return em.createQuery(
            "select r from SessionRemoval r where r.session.id = :session order by r.removedAt",
            SessionRemoval.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  /**
   * The group's enrolled clients as the session's facilitators see them: each may join, or is
   * removed with the note of why. Ordered by display name.
   */
  @Requires({CLINICIAN, PEER_MENTOR})
  public List<SessionPlace> participants(UUID sessionId) {
    care.requireMayTakeRoster(sessionId);
    GroupSession session =
        Optional.ofNullable(em.find(GroupSession.class, sessionId))
            .orElseThrow(() -> new NotFoundException("Session"));
    Map<UUID, SessionRemoval> inForce =
        ofSession(sessionId).stream()
            .filter(SessionRemoval::isInForce)
            .collect(Collectors.toMap(SessionRemoval::clientId, removal -> removal));
    return em.createQuery(
            "select e.client from Enrollment e where e.group = :group and e.status = :enrolled"
                + " order by e.client.displayName",
            Client.class)
        .setParameter("group", session.getGroup())
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultStream()
        .map(
            client ->
                new SessionPlace(
                    client.getId(),
                    client.getDisplayName(),
                    Optional.ofNullable(inForce.get(client.getId()))))
        .toList();
  }

  /** Whether the client is out of this session now; the client asks only about themself. */
  @Requires(CLIENT)
  public boolean isRemoved(UUID sessionId, UUID clientId) {
    care.requireSelf(clientId);
    return inForce(sessionId, clientId).isPresent();
  }

  private Optional<SessionRemoval> inForce(UUID sessionId, UUID clientId) {
    return em.createQuery(
            "select r from SessionRemoval r where r.session.id = :session"
                + " and r.client.id = :client and r.readmittedAt is null",
            SessionRemoval.class)
        .setParameter("session", sessionId)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  /** A session of this clinic its caller facilitates, not cancelled and not yet over. */
  private GroupSession runningOrAhead(UUID sessionId) {
    care.requireMayTakeRoster(sessionId);
    GroupSession session =
        Optional.ofNullable(em.find(GroupSession.class, sessionId))
            .orElseThrow(() -> new NotFoundException("Session"));
    if (session.isCancelled()) {
      throw ConflictException.worded(
          "This session is cancelled.", "refusal.groups.removal.cancelled");
    }
    Instant now = clock.instant();
    if (!session.getEndsAt().isAfter(now)) {
      throw ConflictException.worded(
          "This session is over; its roster stays as it was.", "refusal.groups.removal.over");
    }
    return session;
  }

  private Client enrolledClient(GroupSession session, UUID clientId) {
    return em.createQuery(
            "select e.client from Enrollment e where e.group = :group and e.client.id = :client"
                + " and e.status = :enrolled",
            Client.class)
        .setParameter("group", session.getGroup())
        .setParameter("client", clientId)
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Client"));
  }
}
