package org.aftercare.outreach;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.shared.Texts;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The follow-ups people work on. A mentor sees and closes their own (for current mentees only); a
 * clinician those left to the clinicians and any that are overdue, and may close any. A client sees
 * none. Marking one done or snoozing it is audited against the client.
 */
@ApplicationScoped
@TenantAware
public class OutreachTasks {

  static final String AUDIT_TYPE = "Client";

  /** How far ahead a follow-up may be snoozed. */
  static final int MOST_DAYS_SNOOZED = 30;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject ClinicSettingsService clinic;

  /** Open tasks with their clients, in one statement however many there are. */
  private static final String WITH_CLIENT =
      "select t, c from OutreachTask t, Client c where c.id = t.clientId and t.status = :open";

  private static final String MOST_PRESSING_FIRST = " order by t.dueOn, t.urgent desc, t.openedAt";

  /** A follow-up with the client it is about. */
  public record OpenTask(OutreachTask task, Client client) {}

  /** The signed-in mentor's open follow-ups, the most pressing first (snoozed ones last). */
  @Requires(PEER_MENTOR)
  public List<OpenTask> mine() {
    UUID mentor = caller.requirePerson();
    audit.record(AuditAction.ENGAGEMENT_VIEWED, "Outreach", mentor, AuditOutcome.SUCCESS);
    return withClients(
        em.createQuery(
                WITH_CLIENT
                    + " and t.mentorId = :mentor and exists (select m from MentorAssignment m"
                    + " where m.clientId = t.clientId and m.mentorId = :mentor and m.endedAt is null)"
                    + MOST_PRESSING_FIRST,
                Object[].class)
            .setParameter("mentor", mentor)
            .setParameter("open", TaskStatus.OPEN)
            .getResultList());
  }

  /**
   * What the clinicians follow up: open tasks of clients without a mentor, and every open task of
   * the clinic that is overdue; the oldest due first.
   */
  @Requires(CLINICIAN)
  public List<OpenTask> forClinicians() {
    audit.record(AuditAction.ENGAGEMENT_VIEWED, "Outreach", null, AuditOutcome.SUCCESS);
    return withClients(
        em.createQuery(
                WITH_CLIENT + " and (t.mentorId is null or t.dueOn < :today)" + MOST_PRESSING_FIRST,
                Object[].class)
            .setParameter("open", TaskStatus.OPEN)
            .setParameter("today", today())
            .getResultList());
  }

  /** Closes the follow-up with what came of it; "other" needs a note. */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public OutreachTask done(UUID taskId, OutreachOutcome outcome, String note) {
    OutreachTask task = openTaskOfCaller(taskId);
    String text = Texts.blankToNull(note);
    if (outcome == null) {
      throw InvalidInputException.worded(
          "outcome", "Choose what came of reaching out.", "refusal.outreach.outcome.missing");
    }
    if (outcome == OutreachOutcome.OTHER && text == null) {
      throw InvalidInputException.worded(
          "note", "Say in a few words what happened.", "refusal.outreach.note.missing");
    }
    if (text != null && text.length() > 2000) {
      throw InvalidInputException.worded(
          "note", "Keep the note to 2000 characters.", "refusal.outreach.note.tooLong");
    }
    task.done(outcome, text, caller.accountId().orElse(null), clock.instant());
    flush();
    audit.record(AuditAction.OUTREACH_DONE, AUDIT_TYPE, task.getClientId(), AuditOutcome.SUCCESS);
    return task;
  }

  /** Puts the follow-up off until a later day, for a reason; it is open and due again then. */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public OutreachTask snooze(UUID taskId, LocalDate until, String reason) {
    OutreachTask task = openTaskOfCaller(taskId);
    LocalDate today = today();
    if (until == null
        || !until.isAfter(today)
        || until.isAfter(today.plusDays(MOST_DAYS_SNOOZED))) {
      throw InvalidInputException.worded(
          "until",
          "Choose a day after today, at most " + MOST_DAYS_SNOOZED + " days ahead.",
          "refusal.outreach.snooze.until",
          MOST_DAYS_SNOOZED);
    }
    String why = Texts.blankToNull(reason);
    if (why == null) {
      throw InvalidInputException.worded(
          "reason", "Say why this can wait.", "refusal.outreach.snooze.reason.missing");
    }
    if (why.length() > 500) {
      throw InvalidInputException.worded(
          "reason", "Keep the reason to 500 characters.", "refusal.outreach.snooze.reason.tooLong");
    }
    task.snooze(until, why);
    flush();
    audit.record(
        AuditAction.OUTREACH_SNOOZED, AUDIT_TYPE, task.getClientId(), AuditOutcome.SUCCESS);
    return task;
  }

  /**
   * The open task, if the caller may close it: a mentor only their own, a clinician any. Another
   * clinic's task is not found.
   */
  private OutreachTask openTaskOfCaller(UUID taskId) {
    OutreachTask task = em.find(OutreachTask.class, taskId);
    if (task == null) {
      throw new NotFoundException("Follow-up");
    }
    var person = caller.person();
    if (person.isPresent()
        && !person.get().roles().contains(Role.CLINICIAN)
        && !task.mentorId().map(person.get().accountId()::equals).orElse(false)) {
      throw new ForbiddenException("This follow-up is another mentor's.");
    }
    if (!task.isOpen()) {
      throw ConflictException.worded(
          "This follow-up is closed already.", "refusal.outreach.closedAlready");
    }
    return task;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.worded(
              "This follow-up changed meanwhile; open it again.",
              "refusal.outreach.changedMeanwhile")
          .causedBy(e);
    }
  }

  private static List<OpenTask> withClients(List<Object[]> rows) {
    return rows.stream().map(row -> new OpenTask((OutreachTask) row[0], (Client) row[1])).toList();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of(clinic.current().timeZone()));
  }
}
