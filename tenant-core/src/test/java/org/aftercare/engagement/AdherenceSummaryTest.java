package org.aftercare.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdherenceSummaryTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

  @Test
  void attendanceRateLeavesExcusedSessionsOut() {
    var summary = summary(10, 6, 2, 31);

    assertThat(summary.attendanceRate()).hasValueCloseTo(0.75, within(1e-9));
    assertThat(summary.sessionsMissed()).isEqualTo(2);
  }

  @Test
  void attendanceRateIsEmptyWhenNoSessionCounted() {
    assertThat(summary(0, 0, 0, 0).attendanceRate()).isEmpty();
    assertThat(summary(3, 0, 3, 0).attendanceRate()).isEmpty();
  }

  @Test
  void checkInRateCountsBothEndsOfThePeriod() {
    var tenDays =
        new AdherenceSummary(id(), FIRST, FIRST.plusDays(9), 0, 0, 0, 0, 0, 0, 5, List.of());
    var oneDay = new AdherenceSummary(id(), FIRST, FIRST, 0, 0, 0, 0, 0, 0, 1, List.of());

    assertThat(tenDays.checkInRate()).isCloseTo(0.5, within(1e-9));
    assertThat(oneDay.checkInRate()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void checkInRateOverMarchCountsItsThirtyOneDays() {
    assertThat(summary(0, 0, 0, 31).checkInRate()).isCloseTo(1.0, within(1e-9));
  }

  /** A summary over March 2026. */
  private static AdherenceSummary summary(
      int scheduled, int attended, int excused, int checkInDays) {
    return new AdherenceSummary(
        id(),
        FIRST,
        FIRST.plusMonths(1).minusDays(1),
        scheduled,
        attended,
        excused,
        0,
        0,
        0,
        checkInDays,
        List.of());
  }

  private static UUID id() {
    return UUID.randomUUID();
  }
}
