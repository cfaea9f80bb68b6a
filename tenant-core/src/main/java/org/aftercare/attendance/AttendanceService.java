package org.aftercare.attendance;

import static org.aftercare.access.ApiScope.ATTENDANCE_READ;
import static org.aftercare.access.ApiScope.ATTENDANCE_WRITE;
import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.JoinWindow;
import org.aftercare.groups.SessionRemovals;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;

/**
 * Recording who came. Facilitators save a session's roster in one transaction; clients check
 * themselves in from the Join button. Attendance opens with the join window (10 minutes before the
 * start) and is refused for cancelled sessions and for people neither enrolled nor, in an open
 * group, dropping in.
 */
@ApplicationScoped
@TenantAware
public class AttendanceService {

  static final String AUDIT_TYPE = "GroupSession";

  /** The longest excuse reason the record keeps. */
  static final int MAX_REASON = 300;

  /** A client's own check-in counts as on time until this long after the start. */
  public static final Duration ON_TIME_UNTIL = Duration.ofMinutes(15);

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Webhooks webhooks;
  @Inject GroupSessions sessions;
  @Inject Caller caller;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject SessionRemovals removals;

  /** Everyone enrolled in the session's group now, then anyone else already recorded. */
  @Requires({CLINICIAN, PEER_MENTOR})
  @OpenToApiClients(ATTENDANCE_READ)
  public List<RosterLine> roster(UUID sessionId) {
    care.requireMayTakeRoster(sessionId);
    audit.record(AuditAction.ROSTER_VIEWED, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    GroupSession session = session(sessionId);
    Map<UUID, Attendance> recorded = recordsOf(session);
    var lines = new LinkedHashMap<UUID, RosterLine>();
    for (Enrollment enrollment : enrolled(session)) {
      Client client = enrollment.getClient();
      lines.put(
          client.getId(),
          new RosterLine(client, Optional.ofNullable(recorded.get(client.getId()))));
    }
    recorded.values().stream()
        .filter(record -> !lines.containsKey(record.getClient().getId()))
        .forEach(
            record ->
                lines.put(
                    record.getClient().getId(),
                    new RosterLine(record.getClient(), Optional.of(record))));
    return List.copyOf(lines.values());
  }

  /**
   * Saves a facilitator's roster as one transaction: every entry is checked first, and an entry
   * someone else changed since the screen was built is refused with the names concerned. The
   * facilitator may record a drop-in who is not their mentee: the roster, not the client record.
   */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  @OpenToApiClients(ATTENDANCE_WRITE)
  public List<Attendance> saveRoster(UUID sessionId, List<RosterEntry> entries) {
    care.requireMayTakeRoster(sessionId);
    UUID recordedBy = caller.accountId().orElse(null);
    GroupSession session = lockedSession(sessionId);
    Instant now = clock.instant();
    refuseUnlessOpen(session, now);
    Map<UUID, Attendance> recorded = recordsOf(session);
    var enrolledIds =
        enrolled(session).stream().map(e -> e.getClient().getId()).collect(Collectors.toSet());
    // A drop-in is found in the client directory, which only clinicians browse: a facilitating
    // peer mentor records the people enrolled, and those already on the roster.
    boolean takesDropIns =
        session.getGroup().getEnrolment() == EnrolmentPolicy.OPEN && !care.seesOnlyOwnSessions();
    var stale = new ArrayList<String>();
    var saved = new ArrayList<Attendance>();
    var onRoster = new HashSet<UUID>();
    for (RosterEntry entry : entries) {
      Client client =
          Optional.ofNullable(em.find(Client.class, entry.clientId()))
              .orElseThrow(() -> new NotFoundException("Client"));
      if (!onRoster.add(client.getId())) {
        throw InvalidInputException.worded(
            "client",
            client.getDisplayName() + " is on the roster twice.",
            "refusal.attendance.roster.twice",
            client.getDisplayName());
      }
      if (entry.status() == null) {
        throw InvalidInputException.worded(
            "status",
            "Choose a status for " + client.getDisplayName() + ".",
            "refusal.attendance.status.missing",
            client.getDisplayName());
      }
      if (entry.status() == AttendanceStatus.EXCUSED
          && (entry.excuseReason() == null || entry.excuseReason().isBlank())) {
        throw InvalidInputException.worded(
            "excuseReason",
            "Give the reason " + client.getDisplayName() + " is excused.",
            "refusal.attendance.excuse.missing",
            client.getDisplayName());
      }
      if (entry.status() == AttendanceStatus.EXCUSED
          && entry.excuseReason().trim().length() > MAX_REASON) {
        throw InvalidInputException.worded(
            "excuseReason",
            "Keep the reason to " + MAX_REASON + " characters.",
            "refusal.attendance.excuse.tooLong",
            MAX_REASON);
      }
      Attendance record = recorded.get(client.getId());
      boolean enrolledNow = enrolledIds.contains(client.getId());
      if (record == null && !enrolledNow && !takesDropIns) {
        throw InvalidInputException.worded(
            "client",
            client.getDisplayName() + " is not enrolled in this group.",
            "refusal.attendance.client.notEnrolled",
            client.getDisplayName());
      }
      long current = record == null ? -1 : record.getVersion();
      if (current != entry.seenVersion()) {
        stale.add(client.getDisplayName());
        continue;
      }
      if (record == null) {
        record = new Attendance(session, client, !enrolledNow);
        em.persist(record);
      }
      String reason = entry.excuseReason() == null ? null : entry.excuseReason().trim();
      record.recordByStaff(entry.status(), reason, recordedBy, now);
      saved.add(record);
    }
    if (!stale.isEmpty()) {
      throw changedMeanwhile(stale, null);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile(List.of("a client"), e);
    }
    audit.record(AuditAction.ATTENDANCE_RECORDED, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.ROSTER_SAVED,
        Map.of("sessionId", sessionId, "groupId", session.getGroup().getId()));
    return saved;
  }

  /**
   * A client's own check-in from the Join button: present until 15 minutes after the start, late
   * after that; a facilitator's entry is never overwritten.
   */
  @Transactional
  @Requires(CLIENT)
  public Attendance selfCheckIn(UUID clientId, UUID sessionId, Instant now) {
    care.requireSelf(clientId);
    GroupSession session = lockedSession(sessionId);
    if (!JoinWindow.isOpen(session, now)) {
      throw new ForbiddenException("Check-in opens 10 minutes before the session starts.");
    }
    if (removals.isRemoved(sessionId, clientId)) {
      throw new ForbiddenException("A facilitator has taken you out of this session.");
    }
    Enrollment enrollment =
        enrolled(session).stream()
            .filter(e -> e.getClient().getId().equals(clientId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Session"));
    Attendance record = recordsOf(session).get(clientId);
    if (record != null) {
      return record;
    }
    record = new Attendance(session, enrollment.getClient(), false);
    record.recordByClient(
        now.isAfter(session.getStartsAt().plus(ON_TIME_UNTIL))
            ? AttendanceStatus.LATE
            : AttendanceStatus.PRESENT,
        now);
    em.persist(record);
    audit.record(AuditAction.ATTENDANCE_SELF_REPORTED, AUDIT_TYPE, sessionId, AuditOutcome.SUCCESS);
    return record;
  }

  /** A client's recorded attendance, newest first, within {@code [from, to)}. */
  @Requires({CLINICIAN, PEER_MENTOR, CLIENT})
  public List<Attendance> historyOf(UUID clientId, Instant from, Instant to) {
    care.requireMayOpen(clientId);
    audit.record(AuditAction.ATTENDANCE_VIEWED, "Client", clientId, AuditOutcome.SUCCESS);
    return em.createQuery(
            "select a from Attendance a join fetch a.session s join fetch s.group"
                + " where a.client.id = :client and s.startsAt >= :from and s.startsAt < :to"
                + " order by s.startsAt desc",
            Attendance.class)
        .setParameter("client", clientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** All recorded attendance of a group's sessions within {@code [from, to)}, for its matrix. */
  @Requires(CLINICIAN)
  public List<Attendance> ofGroup(UUID groupId, Instant from, Instant to) {
    audit.record(AuditAction.ATTENDANCE_VIEWED, "RecoveryGroup", groupId, AuditOutcome.SUCCESS);
    return em.createQuery(
            "select a from Attendance a join fetch a.session s"
                + " where s.group.id = :group and s.startsAt >= :from and s.startsAt < :to",
            Attendance.class)
        .setParameter("group", groupId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private void refuseUnlessOpen(GroupSession session, Instant now) {
    if (session.isCancelled()) {
      throw InvalidInputException.worded(
          "session",
          "This session was cancelled; there is no attendance to record.",
          "refusal.attendance.session.cancelled");
    }
    if (now.isBefore(JoinWindow.opensAt(session))) {
      throw InvalidInputException.worded(
          "session",
          "Attendance opens 10 minutes before the session starts.",
          "refusal.attendance.session.notOpen");
    }
  }

  private GroupSession session(UUID sessionId) {
    return sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
  }

  /**
   * The session, its row locked until the transaction ends: saves and self check-ins of one session
   * then run one after the other, each reading the entries the one before wrote, so a second
   * facilitator's save is refused by name instead of failing on the unique key.
   */
  private GroupSession lockedSession(UUID sessionId) {
    GroupSession session = em.find(GroupSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw new NotFoundException("Session");
    }
    return session;
  }

  /**
   * The group's seated clients, in the order they asked for their seat. Read here rather than
   * through {@link Enrollments#ofGroup}, which audits a look at the group's roster: a save or a
   * client's own check-in is audited as what it is, not as one more look.
   */
  private List<Enrollment> enrolled(GroupSession session) {
    return em.createQuery(
            "select e from Enrollment e join fetch e.client where e.group = :group"
                + " and e.status = :enrolled order by e.requestedAt, e.id",
            Enrollment.class)
        .setParameter("group", session.getGroup())
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultList();
  }

  private Map<UUID, Attendance> recordsOf(GroupSession session) {
    return em.createQuery(
            "select a from Attendance a join fetch a.client where a.session = :session",
            Attendance.class)
        .setParameter("session", session)
        .getResultStream()
        .collect(Collectors.toMap(a -> a.getClient().getId(), Function.identity()));
  }

  private static ConflictException changedMeanwhile(List<String> names, Exception cause) {
    return ConflictException.worded(
            "Someone else recorded attendance for "
                + String.join(", ", names)
                + " while you were editing. Reopen the roster to see their entries; nothing was"
                + " saved.",
            "refusal.attendance.changedMeanwhile",
            String.join(", ", names))
        .causedBy(cause);
  }
}
