package org.aftercare.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.aftercare.measures.Instrument;

/**
 * The outcome figures of one scope over the clinic's calendar days {@code from} to {@code to} (each
 * defined in {@link OutcomesSql}). {@code clients} are those enrolled in the scope's groups at some
 * time in the period.
 */
public record OutcomeReport(
    OutcomeScope scope,
    LocalDate from,
    LocalDate to,
    int clients,
    List<Retention> retention,
    Attendance attendance,
    CheckInEngagement checkIns,
    List<MeasureChange> measures,
    List<WeekOfAttendance> weeks) {

  public OutcomeReport {
    retention = List.copyOf(retention);
    measures = List.copyOf(measures);
    weeks = List.copyOf(weeks);
  }

  /** Nobody in the scope in the period: the screen shows an empty state instead of zeros. */
  public boolean isEmpty() {
    return clients == 0 && attendance.sessionsHeld() == 0;
  }

  /**
   * Of the clients who reached day {@code days} of their enrolment in the period, those still
   * attending.
   */
  public record Retention(int days, Share stillAttending) {}

  /** Held sessions, and the places at them: attended of expected (excused places not expected). */
  public record Attendance(int sessionsHeld, Share rate) {}

  /** Clients who checked in on at least {@code percentOfDays} % of the period's {@code days}. */
  public record CheckInEngagement(int percentOfDays, int days, Share engaged) {}

  /**
   * Of the clients with two or more results of the instrument in the period, those whose latest
   * total is at least {@code points} below their first.
   */
  public record MeasureChange(Instrument instrument, int points, Share improved) {}

  /** One week (Monday to Sunday, the clinic's days) of attendance, for the trend chart. */
  public record WeekOfAttendance(LocalDate monday, Share rate) {}
}
