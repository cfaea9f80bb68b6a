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
import org.aftercare.mail.MailWords;

/**
 * A schedule in the clinic's words and the reader's language, for example "Every Tuesday and
 * Thursday at 18:00 (America/Chicago), 90 min" or "Cada martes y jueves a las 18:00
 * (America/Chicago), 90 min"; the words are in {@code ScheduleSummary*.properties}.
 */
public final class ScheduleSummary {

  private final MailWords words;

  private ScheduleSummary(Locale reader) {
    this.words = MailWords.of(ScheduleSummary.class, reader);
  }

  /** In {@code reader}'s language; English where there are no words for it. */
  public static String of(Schedule schedule, Locale reader) {
    return new ScheduleSummary(reader).summary(schedule);
  }

  private String summary(Schedule schedule) {
    Recur<LocalDateTime> recur = schedule.recurrence();
    String when =
        recur.getFrequency() == Frequency.WEEKLY
            ? weekly(recur, schedule)
            : monthly(recur, schedule);
    DateTimeFormatter day = words.dates("day");
    String time = schedule.startTime().toString();
    String from = schedule.firstDay().format(day);
    String minutes = String.valueOf(schedule.durationMinutes());
    if (recur.getCount() > 0) {
      return words.text(
          "summary.count", when, time, schedule.timeZone(), minutes, from, recur.getCount());
    }
    if (recur.getUntil() != null) {
      return words.text(
          "summary.until",
          when,
          time,
          schedule.timeZone(),
          minutes,
          from,
          recur.getUntil().toLocalDate().format(day));
    }
    return words.text("summary", when, time, schedule.timeZone(), minutes, from);
  }

  private String weekly(Recur<LocalDateTime> recur, Schedule schedule) {
    List<WeekDay> days = recur.getDayList();
    String dayNames =
        days.isEmpty()
            ? dayName(schedule.firstDay().getDayOfWeek())
            : joined(days.stream().map(day -> dayName(WeekDay.getDayOfWeek(day))).toList());
    int interval = Math.max(1, recur.getInterval());
    return interval <= 4
        ? words.text("weekly." + interval, dayNames)
        : words.text("weekly.n", dayNames, String.valueOf(interval));
  }

  private String monthly(Recur<LocalDateTime> recur, Schedule schedule) {
    List<WeekDay> days = recur.getDayList();
    if (days.size() == 1) {
      WeekDay day = days.getFirst();
      int position = day.getOffset() != 0 ? day.getOffset() : firstOrZero(recur.getSetPosList());
      if (position >= -1 && position <= 5 && position != 0) {
        return words.text(
            "monthly.weekday",
            words.text(position == -1 ? "ordinal.last" : "ordinal." + position),
            dayName(WeekDay.getDayOfWeek(day)));
      }
    }
    if (days.isEmpty() && recur.getMonthDayList().size() == 1) {
      return words.text("monthly.day", recur.getMonthDayList().getFirst());
    }
    if (days.isEmpty()) {
      return words.text("monthly.day", schedule.firstDay().getDayOfMonth());
    }
    return words.text("monthly.rule", schedule.rule());
  }

  private static int firstOrZero(List<Integer> values) {
    return values.isEmpty() ? 0 : values.getFirst();
  }

  private String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, words.locale());
  }

  private String joined(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return words.text(
        "list", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
  }
}
