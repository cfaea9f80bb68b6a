package org.aftercare.groups;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A schedule in the clinic's words, for example "Every Tuesday and Thursday at 18:00
 * (America/Chicago), 90 min".
 */
public final class ScheduleSummary {

  private static final List<String> ORDINALS =
      List.of("last", "first", "second", "third", "fourth", "fifth");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private ScheduleSummary() {}

  public static String of(Schedule schedule) {
    Recur<LocalDateTime> recur = schedule.recurrence();
    String when =
        recur.getFrequency() == Frequency.WEEKLY
            ? weekly(recur, schedule)
            : monthly(recur, schedule);
    return when
        + " at "
        + schedule.startTime()
        + " ("
        + schedule.timeZone()
        + "), "
        + schedule.durationMinutes()
        + " min"
        + ending(recur, schedule);
  }

  private static String weekly(Recur<LocalDateTime> recur, Schedule schedule) {
    List<WeekDay> days = recur.getDayList();
    String dayNames =
        days.isEmpty()
            ? dayName(schedule.firstDay().getDayOfWeek())
            : joined(days.stream().map(day -> dayName(WeekDay.getDayOfWeek(day))).toList());
    int interval = Math.max(1, recur.getInterval());
    return interval == 1
        ? "Every " + dayNames
        : "Every " + ordinalInterval(interval) + " " + dayNames;
  }

  private static String monthly(Recur<LocalDateTime> recur, Schedule schedule) {
    List<WeekDay> days = recur.getDayList();
    if (days.size() == 1) {
      WeekDay day = days.getFirst();
      int position = day.getOffset() != 0 ? day.getOffset() : firstOrZero(recur.getSetPosList());
      if (position >= -1 && position <= 5 && position != 0) {
        return "Every month on the "
            + ORDINALS.get(position == -1 ? 0 : position)
            + " "
            + dayName(WeekDay.getDayOfWeek(day));
      }
    }
    if (days.isEmpty() && recur.getMonthDayList().size() == 1) {
      return "Every month on day " + recur.getMonthDayList().getFirst();
    }
    if (days.isEmpty()) {
      return "Every month on day " + schedule.firstDay().getDayOfMonth();
    }
    return "Monthly (" + schedule.rule() + ")";
  }

  private static String ending(Recur<LocalDateTime> recur, Schedule schedule) {
    String from = ", from " + schedule.firstDay().format(DAY);
    if (recur.getCount() > 0) {
      return from + ", " + recur.getCount() + " sessions";
    }
    if (recur.getUntil() != null) {
      return from + " until " + recur.getUntil().toLocalDate().format(DAY);
    }
    return from;
  }

  private static String ordinalInterval(int interval) {
    return switch (interval) {
          case 2 -> "second";
          case 3 -> "third";
          case 4 -> "fourth";
          default -> interval + "th";
        }
        + " week on";
  }

  private static int firstOrZero(List<Integer> values) {
    return values.isEmpty() ? 0 : values.getFirst();
  }

  private static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String joined(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }
}
