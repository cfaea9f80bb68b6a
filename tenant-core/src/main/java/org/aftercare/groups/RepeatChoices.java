package org.aftercare.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The repeats the group editor offers as plain choices, and the RRULE each one is: weekly on some
 * days every one to {@value #MOST_WEEKS_APART} weeks, or monthly on the first to fourth or the last
 * weekday; with no end, until a last day, or for a number of sessions. {@link #from} reads a rule
 * back into these choices, or answers empty for a rule that says more than they can (a time in
 * UNTIL, BYMONTH, a week start…), which the editor keeps as typed.
 *
 * @param days for a weekly repeat; none means the first session's weekday, as RFC 5545 has it
 * @param weekOfMonth for a monthly repeat: 1 to 4, or {@link #LAST}
 * @param lastDay the day the series ends on, or null
 * @param sessions how many sessions the series has, or null
 */
public record RepeatChoices(
    Repeat repeat,
    int everyWeeks,
    Set<DayOfWeek> days,
    int weekOfMonth,
    DayOfWeek weekday,
    LocalDate lastDay,
    Integer sessions) {

  /** The two kinds of repeat the editor offers. */
  public enum Repeat {
    WEEKLY,
    MONTHLY_ON_WEEKDAY
  }

  /** The week of the month that means the month's last such weekday. */
  public static final int LAST = -1;

  public static final int MOST_WEEKS_APART = 8;

  private static final List<Integer> WEEKS_OF_MONTH = List.of(1, 2, 3, 4, LAST);

  public RepeatChoices {
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
  }

  /** Every {@code everyWeeks} weeks on {@code days}, with no end. */
  public static RepeatChoices weekly(int everyWeeks, Set<DayOfWeek> days) {
    return new RepeatChoices(Repeat.WEEKLY, everyWeeks, days, 1, DayOfWeek.MONDAY, null, null);
  }

  /** Every month on its {@code weekOfMonth}-th {@code weekday}, with no end. */
  public static RepeatChoices monthlyOn(int weekOfMonth, DayOfWeek weekday) {
    return new RepeatChoices(
        Repeat.MONTHLY_ON_WEEKDAY, 1, Set.of(), weekOfMonth, weekday, null, null);
  }

  /** The same repeat, ending on {@code lastDay}. */
  public RepeatChoices until(LocalDate lastDay) {
    return new RepeatChoices(repeat, everyWeeks, days, weekOfMonth, weekday, lastDay, null);
  }

  /** The same repeat, ending after {@code sessions} sessions. */
  public RepeatChoices forSessions(int sessions) {
    return new RepeatChoices(repeat, everyWeeks, days, weekOfMonth, weekday, null, sessions);
  }

  /** The rule these choices make, for example {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH}. */
  public String toRule() {
    var rule = new Recur.Builder<LocalDate>().until(lastDay).count(sessions);
    if (repeat == Repeat.MONTHLY_ON_WEEKDAY) {
      rule.frequency(Frequency.MONTHLY)
          .dayList(new WeekDay(WeekDay.getWeekDay(weekday), weekOfMonth));
    } else {
      rule.frequency(Frequency.WEEKLY)
          .interval(everyWeeks > 1 ? everyWeeks : null)
          .dayList(days.stream().sorted().map(WeekDay::getWeekDay).toList());
    }
    return rule.build().toString();
  }

  /**
   * The choices that make {@code rule}, or empty when the rule is not one of them. A rule is one of
   * them when the choices read from it make the same rule again, whatever order its parts and days
   * were written in and whether it spells out INTERVAL=1.
   */
  public static Optional<RepeatChoices> from(String rule) {
    Recur<Temporal> recur;
    try {
      recur = new Recur<>(rule);
    } catch (RuntimeException notARule) {
      return Optional.empty();
    }
    return read(recur).filter(choices -> new Recur<>(choices.toRule()).equals(canonical(recur)));
  }

  private static Optional<RepeatChoices> read(Recur<Temporal> recur) {
    if (recur.getUntil() != null && !(recur.getUntil() instanceof LocalDate)) {
      return Optional.empty();
    }
    Optional<RepeatChoices> repeat =
        switch (recur.getFrequency()) {
          case WEEKLY -> weeklyFrom(recur);
          case MONTHLY -> monthlyFrom(recur);
          default -> Optional.empty();
        };
    return repeat.map(
        choices -> {
          if (recur.getUntil() != null) {
            return choices.until((LocalDate) recur.getUntil());
          }
          return recur.getCount() > 0 ? choices.forSessions(recur.getCount()) : choices;
        });
  }

  private static Optional<RepeatChoices> weeklyFrom(Recur<Temporal> recur) {
    int everyWeeks = Math.max(1, recur.getInterval());
    if (everyWeeks > MOST_WEEKS_APART
        || recur.getDayList().stream().anyMatch(day -> day.getOffset() != 0)) {
      return Optional.empty();
    }
    return Optional.of(
        weekly(
            everyWeeks,
            recur.getDayList().stream()
                .map(WeekDay::getDayOfWeek)
                .collect(() -> EnumSet.noneOf(DayOfWeek.class), Set::add, Set::addAll)));
  }

  private static Optional<RepeatChoices> monthlyFrom(Recur<Temporal> recur) {
    if (recur.getDayList().size() != 1
        || !WEEKS_OF_MONTH.contains(recur.getDayList().getFirst().getOffset())) {
      return Optional.empty();
    }
    WeekDay day = recur.getDayList().getFirst();
    return Optional.of(monthlyOn(day.getOffset(), WeekDay.getDayOfWeek(day)));
  }

  /** The rule as these choices would write it: days in week order, no INTERVAL=1. */
  private static Recur<Temporal> canonical(Recur<Temporal> recur) {
    return new Recur.Builder<>(recur)
        .interval(recur.getInterval() > 1 ? recur.getInterval() : null)
        .dayList(
            recur.getDayList().stream()
                .sorted((a, b) -> WeekDay.getDayOfWeek(a).compareTo(WeekDay.getDayOfWeek(b)))
                .toList())
        .build();
  }
}
