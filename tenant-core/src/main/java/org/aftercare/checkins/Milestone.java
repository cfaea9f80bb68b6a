package org.aftercare.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day in recovery that members mark: 24 hours, 30, 60 and 90 days, 6 and 9 months, one year and
 * every year after. {@code years} counts the years of a {@link Kind#YEARS} milestone (0 otherwise).
 */
public record Milestone(Kind kind, int years, LocalDate date) {

  /** The milestones in the order a recovery reaches them. */
  public enum Kind {
    ONE_DAY("24 hours"),
    THIRTY_DAYS("30 days"),
    SIXTY_DAYS("60 days"),
    NINETY_DAYS("90 days"),
    SIX_MONTHS("6 months"),
    NINE_MONTHS("9 months"),
    YEARS("years");

    private final String title;

    Kind(String title) {
      this.title = title;
    }
  }

  /** How members say it: "24 hours", "90 days", "1 year", "3 years". */
  public String title() {
    if (kind != Kind.YEARS) {
      return kind.title;
    }
    return years == 1 ? "1 year" : years + " years";
  }

  /** Days from {@code today} until this milestone; 0 on the day itself. */
  public long daysFrom(LocalDate today) {
    return ChronoUnit.DAYS.between(today, date);
  }
}
