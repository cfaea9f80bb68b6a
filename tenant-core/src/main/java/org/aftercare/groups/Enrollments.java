package org.aftercare.groups;

import static org.aftercare.access.ApiScope.ENROLMENTS_READ;
import static org.aftercare.access.ApiScope.ENROLMENTS_WRITE;
import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is in which group. Seats are ENROLLED plus OFFERED; when none is free, clients wait in the
 * order they asked, and a freed seat is offered to the first in line for a limited time. Every
 * change locks the group row first, so two clinicians can never both take the last seat.
 */
@ApplicationScoped
@TenantAware
public class Enrollments {

  static final String AUDIT_TYPE = "Enrollment";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Webhooks webhooks;
  @Inject ClientService clients;
  @Inject GroupNotices notices;
  @Inject AuditService audit;
  @Inject TenantService tenants;
  @Inject TenantContext tenantContext;

  @Inject
  @ConfigProperty(name = "aftercare.groups.offer-hours", defaultValue = "48")
  int offerHours;

  /**
   * Current and past enrolments of a group: seats first, then the waitlist in order, then history.
   */
  @Requires(CLINICIAN)
  @OpenToApiClients(ENROLMENTS_READ)
  public List<Enrollment> ofGroup(UUID groupId) {
    audit.record(AuditAction.ROSTER_VIEWED, "RecoveryGroup", groupId, AuditOutcome.SUCCESS);
    return em.createQuery(
            "select e from Enrollment e join fetch e.client where e.group.id = :group"
                + " order by case e.status when :enrolled then 0 when :offered then 1"
                + " when :waiting then 2 else 3 end, e.requestedAt, e.id",
            Enrollment.class)
        .setParameter("group", groupId)
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .setParameter("offered", EnrollmentStatus.OFFERED)
        .setParameter("waiting", EnrollmentStatus.WAITLISTED)
        .getResultList();
  }

  /** A client's current places in groups (enrolled, offered or waiting). */
  @Requires(CLINICIAN)
  @OpenToApiClients(ENROLMENTS_READ)
  public List<Enrollment> currentOf(UUID clientId) {
    return em.createQuery(
            "select e from Enrollment e join fetch e.group where e.client.id = :client"
                + " and e.status in :current order by e.requestedAt",
            Enrollment.class)
        .setParameter("client", clientId)
        .setParameter("current", EnrollmentStatus.CURRENT)
        .getResultList();
  }

  @Requires(CLINICIAN)
  @OpenToApiClients(ENROLMENTS_READ)
  public Optional<Enrollment> find(UUID enrollmentId) {
    return Optional.ofNullable(em.find(Enrollment.class, enrollmentId));
  }

  /**
   * Where a waiting enrolment stands on its group's waitlist, counting from 1; empty when it is not
   * waiting. A system that enrols is told it without reading the group's list.
   */
  @Requires(CLINICIAN)
  @OpenToApiClients({ENROLMENTS_READ, ENROLMENTS_WRITE})
  public Optional<Integer> waitlistPosition(UUID enrollmentId) {
    return find(enrollmentId)
        .filter(e -> e.getStatus() == EnrollmentStatus.WAITLISTED)
        .map(
            e ->
                waiting(e.getGroup()).stream().map(Enrollment::getId).toList().indexOf(e.getId())
                    + 1);
  }

  /**
   * Enrols a client, or puts them on the waitlist when no seat is free. A closed group takes new
   * people only before its first session unless {@code overrideClosed} is set by a clinician.
   */
  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(ENROLMENTS_WRITE)
  public Enrollment enrol(UUID groupId, UUID clientId, boolean overrideClosed) {
    RecoveryGroup group = lockedGroup(groupId);
    Client client = clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    if (group.getStatus() != GroupStatus.ACTIVE) {
      throw InvalidInputException.worded(
          "client",
          "This group is archived and takes no one new.",
          "refusal.groups.enrol.archived");
    }
    if (current(groupId, clientId).isPresent()) {
      throw InvalidInputException.worded(
          "client",
          client.getDisplayName() + " is already in this group or on its waitlist.",
          "refusal.groups.enrol.already",
          client.getDisplayName());
    }
    Instant now = clock.instant();
    if (group.getEnrolment() == EnrolmentPolicy.CLOSED
        && !overrideClosed
        && hasStarted(group, now)) {
      throw InvalidInputException.worded(
          "client",
          "This closed group has already started. A clinician can override to add someone.",
          "refusal.groups.enrol.closedStarted");
    }
    boolean seatFree = seatsTaken(group) < group.getCapacity() && waiting(group).isEmpty();
    var enrollment =
        new Enrollment(
            group, client, seatFree ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED, now);
    em.persist(enrollment);
    audit.record(
        seatFree ? AuditAction.CLIENT_ENROLLED : AuditAction.CLIENT_WAITLISTED,
        AUDIT_TYPE,
        enrollment.getId(),
        AuditOutcome.SUCCESS);
    webhooks.publish(
        WebhookEvent.CLIENT_ENROLLED,
        Map.of("enrolmentId", enrollment.getId(), "groupId", groupId, "clientId", clientId));
    return enrollment;
  }

  /** Ends a client's place (kept as history) and offers a freed seat to the next in line. */
  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(ENROLMENTS_WRITE)
  public Enrollment withdraw(UUID enrollmentId, String reason) {
    Enrollment enrollment = existing(enrollmentId);
    RecoveryGroup group = lockedGroup(enrollment.getGroup().getId());
    em.refresh(enrollment);
    if (!enrollment.getStatus().isCurrent()) {
      throw ConflictException.worded(
          "This enrolment has already ended.", "refusal.groups.enrolment.ended");
    }
    Instant now = clock.instant();
    enrollment.end(
        EnrollmentStatus.WITHDRAWN, reason == null || reason.isBlank() ? null : reason.trim(), now);
    audit.record(AuditAction.ENROLLMENT_WITHDRAWN, AUDIT_TYPE, enrollmentId, AuditOutcome.SUCCESS);
    offerFreeSeats(group, now);
    return enrollment;
  }

  /** The client takes an offered seat before the offer runs out (through {@link MyGroups}). */
  @Transactional
  @Requires({})
  public Enrollment acceptOffer(UUID enrollmentId) {
    Enrollment enrollment = existing(enrollmentId);
    lockedGroup(enrollment.getGroup().getId());
    em.refresh(enrollment);
    Instant now = clock.instant();
    if (enrollment.getStatus() != EnrollmentStatus.OFFERED
        || enrollment.offerExpiresAt().map(now::isAfter).orElse(true)) {
      throw ConflictException.worded(
          "This offer is no longer open.", "refusal.groups.offer.closed");
    }
    enrollment.enrol(now);
    audit.record(AuditAction.CLIENT_ENROLLED, AUDIT_TYPE, enrollmentId, AuditOutcome.SUCCESS);
    return enrollment;
  }

  /** The client agrees to the group's ground rules; asked once, before their first session. */
  @Transactional
  @Requires({})
  public Enrollment acceptGroundRules(UUID enrollmentId) {
    Enrollment enrollment = existing(enrollmentId);
    if (!enrollment.hasAcceptedGroundRules()) {
      enrollment.acceptGroundRules(clock.instant());
      audit.record(
          AuditAction.GROUND_RULES_ACCEPTED, AUDIT_TYPE, enrollmentId, AuditOutcome.SUCCESS);
    }
    return enrollment;
  }

  /** Ends offers that ran out and passes their seats on; for the clinic in the current context. */
  @Transactional
  @Requires({})
  public int expireOffers(Instant now) {
    List<Enrollment> expired =
        em.createQuery(
                "select e from Enrollment e where e.status = :offered and e.offerExpiresAt < :now",
                Enrollment.class)
            .setParameter("offered", EnrollmentStatus.OFFERED)
            .setParameter("now", now)
            .getResultList();
    for (Enrollment enrollment : expired) {
      RecoveryGroup group = lockedGroup(enrollment.getGroup().getId());
      em.refresh(enrollment);
      if (enrollment.getStatus() == EnrollmentStatus.OFFERED) {
        enrollment.end(EnrollmentStatus.OFFER_EXPIRED, "Offer not accepted in time", now);
        offerFreeSeats(group, now);
      }
    }
    return expired.size();
  }

  /** Offers each free seat to the next waiting client; the caller holds the group's lock. */
  void offerFreeSeats(RecoveryGroup group, Instant now) {
    long free = group.getCapacity() - seatsTaken(group);
    var zone = tenantContext.tenantId().flatMap(tenants::find).orElseThrow().getTimeZone();
    for (Enrollment next : waiting(group).stream().limit(Math.max(0, free)).toList()) {
      Instant expiresAt = now.plus(Duration.ofHours(offerHours));
      next.offer(expiresAt);
      audit.record(AuditAction.SEAT_OFFERED, AUDIT_TYPE, next.getId(), AuditOutcome.SUCCESS);
      notices.seatOffered(next.getClient(), expiresAt, zone);
    }
  }

  long seatsTaken(RecoveryGroup group) {
    return em.createQuery(
            "select count(e) from Enrollment e where e.group = :group and e.status in :seated",
            Long.class)
        .setParameter("group", group)
        .setParameter("seated", List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.OFFERED))
        .getSingleResult();
  }

  private List<Enrollment> waiting(RecoveryGroup group) {
    return em.createQuery(
            "select e from Enrollment e where e.group = :group and e.status = :waiting"
                + " order by e.requestedAt, e.id",
            Enrollment.class)
        .setParameter("group", group)
        .setParameter("waiting", EnrollmentStatus.WAITLISTED)
        .getResultList();
  }

  private Optional<Enrollment> current(UUID groupId, UUID clientId) {
    return em.createQuery(
            "select e from Enrollment e where e.group.id = :group and e.client.id = :client"
                + " and e.status in :current",
            Enrollment.class)
        .setParameter("group", groupId)
        .setParameter("client", clientId)
        .setParameter("current", EnrollmentStatus.CURRENT)
        .getResultStream()
        .findFirst();
  }

  private boolean hasStarted(RecoveryGroup group, Instant now) {
    Instant first =
        em.createQuery(
                "select min(s.startsAt) from GroupSession s where s.group = :group", Instant.class)
            .setParameter("group", group)
            .getSingleResult();
    return first != null && !first.isAfter(now);
  }

  private RecoveryGroup lockedGroup(UUID groupId) {
    RecoveryGroup group = em.find(RecoveryGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    if (group == null) {
      throw new NotFoundException("Group");
    }
    return group;
  }

  private Enrollment existing(UUID enrollmentId) {
    return find(enrollmentId).orElseThrow(() -> new NotFoundException("Enrolment"));
  }
}
