package org.aftercare.outreach;

import static org.aftercare.engagement.FlagReason.HIGH_CRAVING;
import static org.aftercare.engagement.FlagReason.LOW_ATTENDANCE;
import static org.aftercare.engagement.FlagReason.MISSED_SESSIONS;
import static org.aftercare.engagement.FlagReason.NO_CHECK_IN;
import static org.aftercare.engagement.FlagReason.REPORTED_USE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Use or high craving is due the same clinic day; the other flags in two days. */
class DueDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void useOrCravingIsDueTheSameDayEvenBesideSlowerReasons() {
    assertThat(DueDates.dueOn(Set.of(REPORTED_USE), TODAY)).isEqualTo(TODAY);
    assertThat(DueDates.dueOn(Set.of(HIGH_CRAVING, NO_CHECK_IN), TODAY)).isEqualTo(TODAY);
  }

  @Test
  void missedSessionsLowAttendanceAndNoCheckInsAreDueInTwoDays() {
    assertThat(DueDates.dueOn(Set.of(MISSED_SESSIONS, LOW_ATTENDANCE, NO_CHECK_IN), TODAY))
        .isEqualTo(TODAY.plusDays(2));
    assertThat(DueDates.isUrgent(Set.of(MISSED_SESSIONS))).isFalse();
  }
}
