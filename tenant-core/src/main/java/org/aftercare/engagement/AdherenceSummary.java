package org.aftercare.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * How a client kept to their aftercare over a period: the figure the clinic reviews and the one the
 * integrations share with a consented care team. Sessions are those held while the client was
 * enrolled; a session without a record counts as missed; excused ones count neither way.
 */
public record AdherenceSummary(
    UUID clientId,
    LocalDate from,
    LocalDate to,
    int sessionsScheduled,
    int sessionsAttended,
    int sessionsExcused,
    int longestStreak,
    int currentStreak,
    int consecutiveMisses,
    int checkInDays,
    List<Flag> flags) {

  public int sessionsMissed() {
    return sessionsScheduled - sessionsAttended - sessionsExcused;
  }

  /** Attended out of the sessions that counted (excused ones left out); empty when none did. */
  public OptionalDouble attendanceRate() {
    int counted = sessionsScheduled - sessionsExcused;
    return counted == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) sessionsAttended / counted);
  }

  /** Days with a check-in out of the days in the period. */
  public double checkInRate() {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return days <= 0 ? 0 : (double) checkInDays / days;
  }
}
