package org.aftercare.outcomes;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One peer mentor's figures for a period: the mentees assigned at some time in it, the contacts the
 * mentor logged on its days, and the mentees' attendance in its first and second half.
 */
public record MentorFigures(
    UUID mentorId, String name, int caseload, int contacts, Share firstHalf, Share secondHalf) {

  public OptionalDouble contactsPerMentee() {
    return caseload == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) contacts / caseload);
  }

  /**
   * The mentees' attendance in the second half less the first, in percentage points: empty unless
   * both halves had sessions to attend.
   */
  public OptionalInt attendanceTrend() {
    if (firstHalf.percent().isEmpty() || secondHalf.percent().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(secondHalf.percent().getAsInt() - firstHalf.percent().getAsInt());
  }
}
