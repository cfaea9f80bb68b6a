package org.aftercare.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.JoinWindow;
import org.aftercare.groups.ParticipantKeys;
import org.aftercare.groups.SessionStatus;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Joins and leaves the clinic's video service reported, kept against the session they belong to.
 * The receivers call this as the portal's own work in the clinic the receiving address named, after
 * checking the provider's signature and timestamp.
 */
@ApplicationScoped
@TenantAware
public class VideoReports {

  /** How far an event's signed timestamp may be from ours; older or newer ones are refused. */
  public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

  /**
   * A seen event id is kept while a copy of it could still pass the timestamp check, whichever way
   * the provider's clock is off.
   */
  static final Duration REMEMBERED_FOR = TIMESTAMP_TOLERANCE.multipliedBy(2);

  /** People stay on after the end; their leave still belongs to the session. */
  static final Duration LINGER_AFTER_END = Duration.ofMinutes(30);

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject ParticipantKeys participantKeys;
  @Inject AuditService audit;

  @Transactional
  @Requires({})
  public ReportOutcome record(ParticipantEvent event, Instant now) {
    if (!firstSighting(event.eventId(), now)) {
      return ReportOutcome.REPLAYED;
    }
    Optional<Enrollment> enrollment = participantKeys.enrollmentOf(event.participantKey());
    if (enrollment.isEmpty()) {
      return ReportOutcome.UNKNOWN_PARTICIPANT;
    }
    Optional<GroupSession> session = sessionAround(enrollment.get(), event.occurredAt());
    if (session.isEmpty()) {
      return ReportOutcome.NO_SESSION;
    }
    em.persist(
        new VideoPresence(
            session.get().getId(),
            enrollment.get().getClient().getId(),
            event.kind(),
            event.occurredAt(),
            now));
    audit.record(
        AuditAction.VIDEO_PRESENCE_REPORTED,
        AttendanceService.AUDIT_TYPE,
        session.get().getId(),
        AuditOutcome.SUCCESS);
    return ReportOutcome.RECORDED;
  }

  /** Remembers the event id; false when it was already remembered. Forgets expired ids first. */
  private boolean firstSighting(String eventId, Instant now) {
    ClinicSql.query(em, "delete from video_event_seen where expires_at < ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    return ClinicSql.query(
                em,
                "insert into video_event_seen (tenant_id, event_id, expires_at)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, tenantContext.tenantId().orElseThrow())
            .setParameter(2, eventId)
            .setParameter(3, Timestamp.from(now.plus(REMEMBERED_FOR)))
            .executeUpdate()
        == 1;
  }

  /** The group's session the moment falls in, from its join window to a while after its end. */
  private Optional<GroupSession> sessionAround(Enrollment enrollment, Instant at) {
    return em.createQuery(
            "select s from GroupSession s where s.group = :group and s.status = :scheduled"
                + " and s.startsAt <= :latestStart and s.endsAt >= :earliestEnd"
                + " order by s.startsAt desc",
            GroupSession.class)
        .setParameter("group", enrollment.getGroup())
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("latestStart", at.plus(JoinWindow.BEFORE_START))
        .setParameter("earliestEnd", at.minus(LINGER_AFTER_END))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
