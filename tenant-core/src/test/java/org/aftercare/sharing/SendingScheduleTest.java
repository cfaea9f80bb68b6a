package org.aftercare.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SendingScheduleTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void weeklyGoesOnTheChosenDayAtTheClinicsTimeAndCoversTheWeekBefore() {
    var weekly = new SendingSchedule(Cadence.WEEKLY, DayOfWeek.MONDAY, LocalTime.of(8, 0));
    Instant wednesday = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, CHICAGO).toInstant();

    Instant next = weekly.nextAfter(wednesday, CHICAGO).orElseThrow();

    assertThat(next.atZone(CHICAGO)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, CHICAGO));
    assertThat(weekly.periodFor(LocalDate.of(2026, 11, 30)))
        .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
  }

  @Test
  void theSendingMomentItselfSchedulesTheFollowingWeekAcrossTheClockChange() {
    var weekly = new SendingSchedule(Cadence.WEEKLY, DayOfWeek.SUNDAY, LocalTime.of(8, 0));
    Instant sent = ZonedDateTime.of(2026, 10, 25, 8, 0, 0, 0, CHICAGO).toInstant();

    Instant next = weekly.nextAfter(sent, CHICAGO).orElseThrow();

    // Daylight saving time ends on 1 November 2026: still eight o'clock on the clinic's clock.
    assertThat(next.atZone(CHICAGO)).isEqualTo(ZonedDateTime.of(2026, 11, 1, 8, 0, 0, 0, CHICAGO));
  }

  @Test
  void monthlyGoesOnTheFirstAndCoversTheMonthBefore() {
    var monthly = new SendingSchedule(Cadence.MONTHLY, DayOfWeek.MONDAY, LocalTime.of(9, 30));
    Instant midMonth = ZonedDateTime.of(2026, 2, 14, 10, 0, 0, 0, CHICAGO).toInstant();

    assertThat(monthly.nextAfter(midMonth, CHICAGO).orElseThrow().atZone(CHICAGO))
        .isEqualTo(ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, CHICAGO));
    assertThat(monthly.periodFor(LocalDate.of(2026, 3, 1)))
        .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
  }

  @Test
  void onRequestHasNoSchedule() {
    var onRequest = new SendingSchedule(Cadence.ON_REQUEST, DayOfWeek.MONDAY, LocalTime.NOON);
    assertThat(onRequest.nextAfter(Instant.now(), CHICAGO)).isEmpty();
  }
}
