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

  /** How long a reached milestone stays "recent": the week a client may share it in. */
  public static final int RECENT_DAYS = 7;

  /** The milestone reached in the last {@value #RECENT_DAYS} days, today's included. */
  public static Optional<Milestone> recent(LocalDate start, LocalDate today) {
    return lastReached(start, today).filter(milestone -> milestone.daysFrom(today) > -RECENT_DAYS);
  }

  /** The milestone reached most recently, on or before {@code today}; none before 24 hours. */
  static Optional<Milestone> lastReached(LocalDate start, LocalDate today) {
    Optional<Milestone> reached = Optional.empty();
    for (Milestone.Kind kind : Milestone.Kind.values()) {
      if (kind == Milestone.Kind.YEARS) {
        break;
      }
      Milestone milestone = new Milestone(kind, 0, dateOf(kind, start));
      if (milestone.date().isAfter(today)) {
        return reached;
      }
      reached = Optional.of(milestone);
    }
    int years = 0;
    while (!start.plusYears(years + 1L).isAfter(today)) {
      years++;
    }
    return years == 0
        ? reached
        : Optional.of(new Milestone(Milestone.Kind.YEARS, years, start.plusYears(years)));
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
