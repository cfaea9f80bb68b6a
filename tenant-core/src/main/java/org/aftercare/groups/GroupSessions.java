package org.aftercare.groups;

import static org.aftercare.access.ApiScope.GROUPS_READ;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;

/**
 * Single sessions of the current clinic: finding them for calendars and pages, and changing one
 * without touching the rest of its series — cancel (clients told why), move, a substitute
 * facilitator, a link for that meeting only.
 */
@ApplicationScoped
@TenantAware
public class GroupSessions {

  static final String AUDIT_TYPE = "GroupSession";

  /**
   * {@link #leadersOf} as a query condition on session {@code s}: {@code :person} is its
   * substitute, or a facilitator of its group when no substitute is set.
   */
  public static final String LED_BY =
      "(s.substituteFacilitatorId = :person or (s.substituteFacilitatorId is null and exists"
          + " (select f from GroupFacilitator f where f.groupId = s.group.id"
          + " and f.accountId = :person)))";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Webhooks webhooks;
  @Inject CareRelationships care;
  @Inject Caller caller;
  @Inject FacilitatorConflicts conflicts;
  @Inject GroupNotices notices;
  @Inject AuditService audit;
  @Inject AccountService accounts;

  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR})
  @OpenToApiClients(GROUPS_READ)
  public Optional<GroupSession> find(UUID sessionId) {
    care.requireMayOpenSession(sessionId);
    return em.createQuery(
            "select s from GroupSession s join fetch s.group where s.id = :id", GroupSession.class)
        .setParameter("id", sessionId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Every session of the clinic starting in {@code [from, to)}, cancelled ones included; for a peer
   * mentor without a clinic-wide role, only the sessions they lead.
   */
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR})
  public List<GroupSession> between(Instant from, Instant to) {
    boolean ownOnly = care.seesOnlyOwnSessions();
    var query =
        em.createQuery(
                "select s from GroupSession s join fetch s.group"
                    + " where s.startsAt >= :from and s.startsAt < :to"
                    + (ownOnly ? " and " + LED_BY : "")
                    + " order by s.startsAt, s.id",
                GroupSession.class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (ownOnly) {
      query.setParameter("person", caller.requirePerson());
    }
    return query.getResultList();
  }

  /** A group's sessions from {@code from} on, in order. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  @OpenToApiClients(GROUPS_READ)
  public List<GroupSession> ofGroup(UUID groupId, Instant from, int limit) {
    return em.createQuery(
            "select s from GroupSession s join fetch s.group"
                + " where s.group.id = :group and s.endsAt > :from order by s.startsAt, s.id",
            GroupSession.class)
        .setParameter("group", groupId)
        .setParameter("from", from)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Who leads a session: the substitute if one is set, else the group's facilitators. */
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR})
  public List<UUID> leadersOf(GroupSession session) {
    return session
        .substituteFacilitator()
        .map(List::of)
        .orElseGet(() -> conflicts.facilitatorsOf(session.getGroup().getId()));
  }

  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public GroupSession cancel(UUID sessionId, long version, String reason, ZoneId zone) {
    GroupSession session = changeable(sessionId, version);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw InvalidInputException.worded(
          "reason",
          "Say why the session is cancelled (up to 500 characters); clients see it.",
          "refusal.groups.session.cancelReason");
    }
    session.cancel(reason.trim());
    flush();
    audit.record(AuditAction.SESSION_CANCELLED, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.SESSION_CANCELLED,
        Map.of("sessionId", sessionId, "groupId", session.getGroup().getId()));
    notices.sessionCancelled(enrolledClients(session), session.getStartsAt(), zone, reason.trim());
    return session;
  }

  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public GroupSession move(
      UUID sessionId, long version, Instant newStart, int durationMinutes, ZoneId zone) {
    GroupSession session = changeable(sessionId, version);
    if (newStart == null || !newStart.isAfter(clock.instant())) {
      throw InvalidInputException.worded(
          "start", "Choose a time in the future.", "refusal.groups.session.startPast");
    }
    if (durationMinutes < 5 || durationMinutes > 600) {
      throw InvalidInputException.worded(
          "durationMinutes",
          "A session lasts between 5 and 600 minutes.",
          "refusal.groups.session.duration");
    }
    Duration duration = Duration.ofMinutes(durationMinutes);
    conflicts.refuseClashes(
        session.getGroup().getId(),
        List.of(new FacilitatorConflicts.Slot(newStart, duration, leadersOf(session))),
        zone,
        "start");
    Instant before = session.getStartsAt();
    session.retime(newStart, duration);
    flush();
    audit.record(AuditAction.SESSION_MOVED, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.SESSION_MOVED,
        Map.of("sessionId", sessionId, "groupId", session.getGroup().getId()));
    notices.sessionMoved(enrolledClients(session), before, newStart, zone);
    return session;
  }

  /** Sets or clears ({@code null}) the member of staff who stands in for this session. */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public GroupSession substitute(UUID sessionId, long version, UUID accountId, ZoneId zone) {
    GroupSession session = changeable(sessionId, version);
    if (accountId != null) {
      // An id from the screen: it must be someone of this clinic who may lead a group.
      if (accounts.find(accountId).filter(GroupService::mayFacilitate).isEmpty()) {
        throw InvalidInputException.worded(
            "substitute",
            "A substitute is an active clinician, peer mentor or clinic admin.",
            "refusal.groups.session.substitute");
      }
      conflicts.refuseClashes(
          session.getGroup().getId(),
          List.of(
              new FacilitatorConflicts.Slot(
                  session.getStartsAt(), session.duration(), Set.of(accountId))),
          zone,
          "substitute");
    }
    session.substitute(accountId);
    flush();
    audit.record(AuditAction.SESSION_SUBSTITUTE_SET, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    return session;
  }

  /** Sets or clears the link for this one meeting. */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public GroupSession useMeetingLink(UUID sessionId, long version, String link) {
    GroupSession session = changeable(sessionId, version);
    String cleaned = link == null || link.isBlank() ? null : link.trim();
    if (cleaned != null && !GroupDetails.isHttpsLink(cleaned)) {
      throw InvalidInputException.worded(
          "meetingLink",
          "Use an https:// link, for example https://meet.example.org/tuesday",
          "refusal.groups.meetingLink.https");
    }
    session.useMeetingLink(cleaned);
    flush();
    audit.record(AuditAction.SESSION_LINK_SET, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    return session;
  }

  List<Client> enrolledClients(GroupSession session) {
    return em.createQuery(
            "select e.client from Enrollment e where e.group = :group and e.status = :enrolled",
            Client.class)
        .setParameter("group", session.getGroup())
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultList();
  }

  private GroupSession changeable(UUID sessionId, long version) {
    GroupSession session = find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
    if (session.getVersion() != version) {
      throw changedMeanwhile(null);
    }
    if (session.isCancelled()) {
      throw ConflictException.worded(
          "This session is cancelled; it cannot be changed.", "refusal.groups.session.cancelled");
    }
    if (!session.getEndsAt().isAfter(clock.instant())) {
      throw InvalidInputException.worded(
          "start",
          "This session is over; past sessions stay as they were.",
          "refusal.groups.session.over");
    }
    return session;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile(e);
    }
  }

  private static ConflictException changedMeanwhile(Exception cause) {
    return ConflictException.worded(
            "Someone else changed this session meanwhile. Reopen it to see their change.",
            "refusal.groups.session.changedMeanwhile")
        .causedBy(cause);
  }
}
