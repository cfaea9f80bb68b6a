package org.aftercare.groups;

import static org.aftercare.access.Role.CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The client portal's view of groups: only the signed-in client's own places, and the meeting link
 * only while the join window is open and the ground rules are accepted.
 */
@ApplicationScoped
@TenantAware
public class MyGroups {

  static final int NEXT_SESSIONS = 3;

  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject Enrollments enrollments;
  @Inject GroupSessions sessions;
  @Inject MeetingLinks links;
  @Inject ParticipantKeys participantKeys;
  @Inject SessionRemovals removals;

  @Requires(CLIENT)
  public List<ClientGroup> of(UUID clientId, Instant now) {
    care.requireSelf(clientId);
    return enrollments.currentOf(clientId).stream()
        .map(
            enrollment -> {
              List<GroupSession> next =
                  enrollment.getStatus() == EnrollmentStatus.ENROLLED
                      ? sessions.ofGroup(enrollment.getGroup().getId(), now, NEXT_SESSIONS)
                      : List.of();
              return new ClientGroup(enrollment, next, removedFrom(clientId, next));
            })
        .toList();
  }

  private Set<UUID> removedFrom(UUID clientId, List<GroupSession> sessions) {
    if (sessions.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select r.session.id from SessionRemoval r where r.client.id = :client"
                    + " and r.readmittedAt is null and r.session.id in :sessions",
                UUID.class)
            .setParameter("client", clientId)
            .setParameter("sessions", sessions.stream().map(GroupSession::getId).toList())
            .getResultList());
  }

  /** The client's upcoming sessions in all their groups, for their calendar. */
  @Requires(CLIENT)
  public List<GroupSession> sessionsOf(UUID clientId, Instant from) {
    care.requireSelf(clientId);
    return em.createQuery(
            "select s from GroupSession s join fetch s.group g where s.endsAt > :from and exists"
                + " (select e from Enrollment e where e.group = g and e.client.id = :client"
                + "  and e.status = :enrolled) order by s.startsAt",
            GroupSession.class)
        .setParameter("from", from)
        .setParameter("client", clientId)
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultList();
  }

  @Requires(CLIENT)
  public void acceptGroundRules(UUID clientId, UUID enrollmentId) {
    care.requireSelf(clientId);
    enrollments.acceptGroundRules(own(clientId, enrollmentId).getId());
  }

  @Requires(CLIENT)
  public void acceptOffer(UUID clientId, UUID enrollmentId) {
    care.requireSelf(clientId);
    enrollments.acceptOffer(own(clientId, enrollmentId).getId());
  }

  /**
   * The meeting link, for an enrolled client whose join window is open, carrying their participant
   * key when the clinic's video service reports who joined.
   */
  @Requires(CLIENT)
  public String joinLink(UUID clientId, UUID sessionId, Instant now) {
    care.requireSelf(clientId);
    GroupSession session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
    Enrollment enrollment =
        enrollments.currentOf(clientId).stream()
            .filter(e -> e.getGroup().getId().equals(session.getGroup().getId()))
            .filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Session"));
    if (new ClientGroup(enrollment, List.of()).mustAcceptGroundRules()) {
      throw new ForbiddenException("Read and accept the group's ground rules first.");
    }
    if (!JoinWindow.isOpen(session, now)) {
      throw new ForbiddenException("You can join from 10 minutes before the start.");
    }
    if (removals.isRemoved(sessionId, clientId)) {
      throw new ForbiddenException("A facilitator has taken you out of this session.");
    }
    String link = links.of(session).orElseThrow(() -> new NotFoundException("Meeting link"));
    return participantKeys.joinLink(enrollment.getId(), link);
  }

  private Enrollment own(UUID clientId, UUID enrollmentId) {
    return enrollments
        .find(enrollmentId)
        .filter(e -> e.getClient().getId().equals(clientId))
        .orElseThrow(() -> new NotFoundException("Enrolment"));
  }
}
