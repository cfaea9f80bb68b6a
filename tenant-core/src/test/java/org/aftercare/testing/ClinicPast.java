package org.aftercare.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.GroupSession;
import org.aftercare.identity.Account;
import org.aftercare.measures.MeasureAssignment;

/**
 * What a test arranges in one clinic's past, which the services rightly refuse to write: sessions
 * that took place, enrolments and portal accounts from earlier days, check-ins and measures'
 * results on days gone by. Plain SQL under row-level security, through {@link ClinicRows}.
 */
public record ClinicPast(ClinicRows rows) {

  public ClinicPast(DataSource dataSource, UUID clinic) {
    this(new ClinicRows(dataSource, clinic));
  }

  /** Moves the session so that it started {@code ago} before now, keeping its length. */
  public void held(GroupSession session, Duration ago) {
    Instant start = Instant.now().minus(ago);
    once(
        rows.update(
            "update group_session set starts_at = ?, ends_at = ? where id = ?",
            at(start),
            at(start.plus(session.duration())),
            session.getId()));
  }

  /** Cancels a session without the checks and notices of the service (it may be past). */
  public void cancelled(GroupSession session) {
    once(
        rows.update(
            "update group_session set status = 'CANCELLED', cancel_reason = 'Facilitator ill'"
                + " where id = ?",
            session.getId()));
  }

  /** The client asked and got their seat {@code ago} before now. */
  public void enrolledSince(Enrollment enrollment, Duration ago) {
    Instant then = Instant.now().minus(ago);
    once(
        rows.update(
            "update enrollment set requested_at = ?, enrolled_at = ? where id = ?",
            at(then),
            at(then),
            enrollment.getId()));
  }

  /** The (already ended) enrolment ended {@code ago} before now. */
  public void endedSince(Enrollment enrollment, Duration ago) {
    once(
        rows.update(
            "update enrollment set ended_at = ? where id = ? and ended_at is not null",
            at(Instant.now().minus(ago)),
            enrollment.getId()));
  }

  /** A daily check-in on an earlier day, with a middling mood. */
  public void checkedIn(Client client, LocalDate day, int craving, boolean used) {
    once(
        rows.update(
            "insert into daily_check_in"
                + " (id, tenant_id, client_id, day, mood, craving, used, created_at)"
                + " values (?, ?, ?, ?, 3, ?, ?, ?)",
            UUID.randomUUID(),
            rows.clinic(),
            client.getId(),
            day,
            craving,
            used,
            at(Instant.now())));
  }

  /**
   * A result of the assigned measure with this total, completed {@code ago} before now (due that
   * day): the service takes answers only on the day they are due.
   */
  public void answered(MeasureAssignment assignment, int total, Duration ago) {
    var questionnaire = assignment.getInstrument().questionnaire();
    Instant then = Instant.now().minus(ago);
    once(
        rows.update(
            "insert into measure_response (id, tenant_id, assignment_id, client_id, instrument,"
                + " due_on, answers, total_score, band, completed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            UUID.randomUUID(),
            rows.clinic(),
            assignment.getId(),
            assignment.getClientId(),
            assignment.getInstrument().name(),
            then.atOffset(ZoneOffset.UTC).toLocalDate(),
            MeasureAnswers.answersTotalling(questionnaire, total).stream()
                .map(String::valueOf)
                .collect(Collectors.joining(",")),
            total,
            questionnaire.bandOf(total),
            at(then)));
  }

  /** The account was opened {@code ago} before now. */
  public void accountOpened(Account account, Duration ago) {
    once(
        rows.update(
            "update account set created_at = ? where id = ?",
            at(Instant.now().minus(ago)),
            account.getId()));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static void once(int changed) {
    if (changed != 1) {
      throw new IllegalStateException("Expected to change one row, changed " + changed);
    }
  }
}
