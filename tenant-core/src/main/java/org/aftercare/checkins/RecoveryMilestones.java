package org.aftercare.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The milestones of a recovery counted from its start date. A restart gives a new start date, so
 * the milestones start over from it. "Today" is the clinic's calendar day: a client in Kiritimati
 * reaches 30 days on their own morning, while it is still the day before in UTC.
 */
public final class RecoveryMilestones {

  private RecoveryMilestones() {}

  /** The next milestone on or after the clinic's today; on its own day it is still "next". */
  public static Milestone next(LocalDate start, Instant now, ZoneId zone) {
    return next(start, LocalDate.ofInstant(now, zone));
  }

  /** The next milestone only if it falls within {@code days} days of the clinic's today. */
  public static Optional<Milestone> within(LocalDate start, Instant now, ZoneId zone, int days) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Milestone next = next(start, today);
    return next.daysFrom(today) <= days ? Optional.of(next) : Optional.empty();
  }

  static Milestone next(LocalDate start, LocalDate today) {
    for (Milestone.Kind kind : Milestone.Kind.values()) {
      if (kind == Milestone.Kind.YEARS) {
        break;
      }
      Milestone milestone = new Milestone(kind, 0, dateOf(kind, start));
      if (!milestone.date().isBefore(today)) {
        return milestone;
      }
    }
    int years = 1;
    while (start.plusYears(years).isBefore(today)) {
      years++;
    }
    return new Milestone(Milestone.Kind.YEARS, years, start.plusYears(years));
  }

  private static LocalDate dateOf(Milestone.Kind kind, LocalDate start) {
    return switch (kind) {
      case ONE_DAY -> start.plusDays(1);
      case THIRTY_DAYS -> start.plusDays(30);
      case SIXTY_DAYS -> start.plusDays(60);
      case NINETY_DAYS -> start.plusDays(90);
      case SIX_MONTHS -> start.plusMonths(6);
      case NINE_MONTHS -> start.plusMonths(9);
      case YEARS -> start.plusYears(1);
    };
  }
}
