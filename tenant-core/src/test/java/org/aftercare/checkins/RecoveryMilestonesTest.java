package org.aftercare.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.aftercare.checkins.Milestone.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Milestones from the recovery start date: 24 hours, 30/60/90 days, 6 and 9 months, one year and
 * every year after; the next is the first on or after the clinic's today, so a milestone is "next"
 * on its own day. A restart counts from the new date, and "today" is the clinic's local date.
 */
class RecoveryMilestonesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 10);

  @ParameterizedTest(name = "on {0} the next is {1} on {2}")
  @CsvSource({
    "2026-01-10, ONE_DAY,     0, 2026-01-11, 24 hours",
    "2026-01-11, ONE_DAY,     0, 2026-01-11, 24 hours",
    "2026-01-12, THIRTY_DAYS, 0, 2026-02-09, 30 days",
    "2026-02-09, THIRTY_DAYS, 0, 2026-02-09, 30 days",
    "2026-02-10, SIXTY_DAYS,  0, 2026-03-11, 60 days",
    "2026-03-12, NINETY_DAYS, 0, 2026-04-10, 90 days",
    "2026-04-11, SIX_MONTHS,  0, 2026-07-10, 6 months",
    "2026-07-11, NINE_MONTHS, 0, 2026-10-10, 9 months",
    "2026-10-11, YEARS,       1, 2027-01-10, 1 year",
    "2027-01-10, YEARS,       1, 2027-01-10, 1 year",
    "2027-01-11, YEARS,       2, 2028-01-10, 2 years",
    "2035-06-01, YEARS,      10, 2036-01-10, 10 years"
  })
  void eachMilestoneKindComesInTurn(
      LocalDate today, Kind kind, int years, LocalDate date, String title) {
    Milestone next = RecoveryMilestones.next(START, today);

    assertThat(next).isEqualTo(new Milestone(kind, years, date));
    assertThat(next.title()).isEqualTo(title);
  }

  @ParameterizedTest(name = "on {0} the recent one is {1}")
  @CsvSource({
    "2026-01-10, ''",
    "2026-01-11, 24 hours",
    "2026-01-17, 24 hours",
    "2026-01-18, ''",
    "2026-02-09, 30 days",
    "2026-02-15, 30 days",
    "2026-02-16, ''",
    "2026-07-10, 6 months",
    "2027-01-10, 1 year",
    "2027-01-16, 1 year",
    "2027-01-17, ''",
    "2028-01-12, 2 years"
  })
  void aMilestoneStaysRecentForAWeekFromItsDay(LocalDate today, String title) {
    assertThat(RecoveryMilestones.recent(START, today).map(Milestone::title).orElse(""))
        .isEqualTo(title);
  }

  @Test
  void monthsAreCalendarMonthsEvenFromTheEndOfAMonth() {
    LocalDate endOfAugust = LocalDate.of(2026, 8, 31);

    Milestone sixMonths = RecoveryMilestones.next(endOfAugust, endOfAugust.plusDays(91));

    assertThat(sixMonths).isEqualTo(new Milestone(Kind.SIX_MONTHS, 0, LocalDate.of(2027, 2, 28)));
  }

  @Test
  void aRestartStartsTheMilestonesOver() {
    LocalDate today = START.plusDays(200);
    LocalDate restartedYesterday = today.minusDays(1);

    Milestone before = RecoveryMilestones.next(START, today);
    Milestone after = RecoveryMilestones.next(restartedYesterday, today);

    assertThat(before.kind()).isEqualTo(Kind.NINE_MONTHS);
    assertThat(after).isEqualTo(new Milestone(Kind.ONE_DAY, 0, today));
    assertThat(after.daysFrom(today)).isZero();
  }

  /**
   * Noon UTC on 8 February is already 9 February in Kiritimati (UTC+14): a client there reaches 30
   * days today by their own calendar, while UTC would still say tomorrow.
   */
  @Test
  void theMilestoneFallsOnTheClinicsLocalDateNotUtcs() {
    Instant now = Instant.parse("2026-02-08T12:00:00Z");
    ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");

    Milestone acrossTheDateLine = RecoveryMilestones.next(START, now, kiritimati);
    Milestone inUtc = RecoveryMilestones.next(START, now, ZoneOffset.UTC);

    assertThat(acrossTheDateLine).isEqualTo(new Milestone(Kind.THIRTY_DAYS, 0, START.plusDays(30)));
    assertThat(acrossTheDateLine.daysFrom(LocalDate.ofInstant(now, kiritimati))).isZero();
    assertThat(inUtc.daysFrom(LocalDate.ofInstant(now, ZoneOffset.UTC))).isOne();
  }

  @Test
  void theMentorSeesOnlyAMilestoneWithinTheWindow() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    // Noon in Chicago on 26 January: the 30-day milestone (9 February) is 14 days away.
    Instant fourteenDaysBefore = Instant.parse("2026-01-26T18:00:00Z");
    Instant fifteenDaysBefore = Instant.parse("2026-01-25T18:00:00Z");

    assertThat(RecoveryMilestones.within(START, fourteenDaysBefore, chicago, 14))
        .contains(new Milestone(Kind.THIRTY_DAYS, 0, LocalDate.of(2026, 2, 9)));
    assertThat(RecoveryMilestones.within(START, fifteenDaysBefore, chicago, 14)).isEmpty();
  }

  /** Late evening in Honolulu is already the next day in UTC: the window counts Honolulu's days. */
  @Test
  void theWindowCountsTheClinicsDaysToo() {
    ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
    Instant lateOnThe25thInHonolulu = Instant.parse("2026-01-26T08:00:00Z");

    assertThat(RecoveryMilestones.within(START, lateOnThe25thInHonolulu, honolulu, 14)).isEmpty();
    assertThat(RecoveryMilestones.within(START, lateOnThe25thInHonolulu, ZoneOffset.UTC, 14))
        .isPresent();
  }
}
