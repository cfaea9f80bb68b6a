package org.aftercare.measures;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Standard measures: a clinician assigns one to a client, once or on a schedule; the client answers
 * what is due; the core scores it, keeps the score and band, and — when PHQ-9 item 9 is answered
 * above "not at all" — raises the same support alert as the client's "I need support now". Results
 * are the clinician's only: DESIGN.md gives a peer mentor attendance and check-ins, not
 * questionnaires.
 */
@ApplicationScoped
@TenantAware
public class Measures {

  static final String AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject Caller caller;
  @Inject ClientService clients;
  @Inject ClinicSettingsService clinic;
  @Inject SupportAlerts alerts;
  @Inject AuditService audit;

  /** Assigns a measure to a client, due today and then every so often if it repeats. */
  @Transactional
  @Requires(CLINICIAN)
  public MeasureAssignment assign(UUID clientId, Instrument instrument, MeasureSchedule schedule) {
    if (instrument == null) {
      throw InvalidInputException.worded(
          "instrument", "Choose a measure.", "refusal.measures.instrument.missing");
    }
    schedule.validate();
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    var assignment =
        new MeasureAssignment(
            clientId,
            instrument,
            schedule,
            today(),
            caller.accountId().orElse(null),
            clock.instant());
    em.persist(assignment);
    audit.record(AuditAction.MEASURE_ASSIGNED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return assignment;
  }

  /** Stops an assignment: nothing more falls due; the answers given stay. */
  @Transactional
  @Requires(CLINICIAN)
  public void stop(UUID assignmentId) {
    var assignment = existing(assignmentId, LockModeType.PESSIMISTIC_WRITE);
    if (!assignment.isStopped()) {
      assignment.stop(clock.instant());
      audit.record(
          AuditAction.MEASURE_STOPPED, AUDIT_TYPE, assignment.getClientId(), AuditOutcome.SUCCESS);
    }
  }

  /** A client's assignments, newest first, for their record. */
  @Requires(CLINICIAN)
  public List<MeasureAssignment> assignmentsOf(UUID clientId) {
    return em.createQuery(
            "select m from MeasureAssignment m where m.clientId = :client"
                + " order by m.assignedAt desc",
            MeasureAssignment.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** What the client has to answer today, oldest due first. */
  @Requires(CLIENT)
  public List<MeasureAssignment> dueFor(UUID clientId) {
    care.requireSelf(clientId);
    return em.createQuery(
            "select m from MeasureAssignment m where m.clientId = :client"
                + " and m.stoppedAt is null and m.nextDue <= :today order by m.nextDue, m.assignedAt",
            MeasureAssignment.class)
        .setParameter("client", clientId)
        .setParameter("today", today())
        .getResultList();
  }

  /**
   * The client's answers to the occurrence due on {@code dueOn} (the day the form showed). The
   * occurrence is answered once: a second submit — a double tap, a second phone — finds it answered
   * and is refused, with nothing stored twice.
   */
  @Transactional
  @Requires(CLIENT)
  public MeasureOutcome complete(UUID assignmentId, LocalDate dueOn, List<Integer> answers) {
    var assignment = existing(assignmentId, LockModeType.PESSIMISTIC_WRITE);
    care.requireSelf(assignment.getClientId());
    LocalDate today = today();
    if (!assignment.isDueOn(today) || !assignment.nextDue().orElseThrow().equals(dueOn)) {
      throw ConflictException.worded(
          "This questionnaire has already been answered.", "refusal.measures.alreadyAnswered");
    }
    var questionnaire = assignment.getInstrument().questionnaire();
    Score score = questionnaire.score(answers);
    var response = new MeasureResponse(assignment, dueOn, answers, score, clock.instant());
    em.persist(response);
    assignment.answered(today);
    audit.record(
        AuditAction.MEASURE_COMPLETED, AUDIT_TYPE, assignment.getClientId(), AuditOutcome.SUCCESS);
    boolean urgent = questionnaire.callsForUrgentSupport(answers);
    if (urgent) {
      alerts.raise(assignment.getClientId());
    }
    return new MeasureOutcome(response, urgent);
  }

  /** A client's results, oldest first, for the clinician; the read is audited. */
  @Requires(CLINICIAN)
  public List<MeasureResponse> resultsOf(UUID clientId) {
    audit.record(AuditAction.MEASURE_RESULTS_VIEWED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return em.createQuery(
            "select r from MeasureResponse r where r.clientId = :client order by r.completedAt",
            MeasureResponse.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /**
   * A client's results completed in {@code [from, until)}, oldest first, for a care-team summary
   * whose consent includes standard measures. Not audited as a read: the summary is recorded as a
   * disclosure when it leaves.
   */
  @Requires(CLINICIAN)
  public List<MeasureResponse> completedBetween(UUID clientId, Instant from, Instant until) {
    return em.createQuery(
            "select r from MeasureResponse r where r.clientId = :client"
                + " and r.completedAt >= :from and r.completedAt < :until order by r.completedAt",
            MeasureResponse.class)
        .setParameter("client", clientId)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  private MeasureAssignment existing(UUID assignmentId, LockModeType lock) {
    var assignment = em.find(MeasureAssignment.class, assignmentId, lock);
    if (assignment == null) {
      throw new NotFoundException("Measure");
    }
    return assignment;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of(clinic.current().timeZone())));
  }
}
