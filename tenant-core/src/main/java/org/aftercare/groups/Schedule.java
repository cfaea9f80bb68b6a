package org.aftercare.groups;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.aftercare.shared.InvalidInputException;

/**
 * When a group meets: an iCalendar recurrence rule (RFC 5545 RRULE) applied from the first day at
 * the local start time in the group's time zone. Occurrences are computed by ical4j on local
 * date-times and only then placed in the zone, so an 18:00 group stays at 18:00 across
 * daylight-saving changes.
 */
public record Schedule(
    String rule, LocalDate firstDay, LocalTime startTime, int durationMinutes, String timeZone) {

  private static final Pattern UNTIL = Pattern.compile("UNTIL=(\\d{8})(T(\\d{6})(Z?))?");
  private static final DateTimeFormatter BASIC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final int MAX_SESSIONS_PER_YEAR = 366;

  public Schedule {
    rule = rule == null ? "" : rule.trim().replaceFirst("(?i)^RRULE:", "").toUpperCase();
    timeZone = timeZone == null ? "" : timeZone.trim();
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  /** Throws for the first field that breaks a rule, naming it as the group editor does. */
  public void validate() {
    if (firstDay == null) {
      throw InvalidInputException.worded(
          "firstDay", "Choose the day of the first session.", "refusal.groups.schedule.firstDay");
    }
    if (startTime == null) {
      throw InvalidInputException.worded(
          "startTime", "Choose the time sessions start.", "refusal.groups.schedule.startTime");
    }
    if (durationMinutes < 5 || durationMinutes > 600) {
      throw InvalidInputException.worded(
          "durationMinutes",
          "A session lasts between 5 and 600 minutes.",
          "refusal.groups.session.duration");
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw InvalidInputException.worded(
          "timeZone", "Choose a time zone from the list.", "refusal.groups.schedule.timeZone");
    }
    Recur<LocalDateTime> recur = recurrence();
    if (recur.getFrequency() != Frequency.WEEKLY && recur.getFrequency() != Frequency.MONTHLY) {
      throw InvalidInputException.worded(
          "rule",
          "Groups repeat weekly or monthly (FREQ=WEEKLY or FREQ=MONTHLY).",
          "refusal.groups.schedule.frequency");
    }
    if (recur.getUntil() != null && recur.getUntil().toLocalDate().isBefore(firstDay)) {
      throw InvalidInputException.worded(
          "rule",
          "The series must end on or after its first day.",
          "refusal.groups.schedule.untilBeforeStart");
    }
    Instant start = firstDay.atTime(startTime).atZone(zone()).toInstant();
    List<Instant> firstYear = occurrences(start, start.plus(Duration.ofDays(366)));
    if (firstYear.isEmpty()) {
      throw InvalidInputException.worded(
          "rule",
          "This rule gives no session in the coming year.",
          "refusal.groups.schedule.noSession");
    }
    if (firstYear.size() > MAX_SESSIONS_PER_YEAR) {
      throw InvalidInputException.worded(
          "rule", "A group meets at most once a day.", "refusal.groups.schedule.tooOften");
    }
  }

  /** Start instants of the series that fall in {@code [from, to)}. */
  public List<Instant> occurrences(Instant from, Instant to) {
    ZoneId zone = zone();
    LocalDateTime seed = firstDay.atTime(startTime);
    // One day of margin either side: the period is local, the bounds are instants.
    return recurrence()
        .getDates(
            seed,
            LocalDateTime.ofInstant(from, zone).minusDays(1),
            LocalDateTime.ofInstant(to, zone).plusDays(1))
        .stream()
        .map(local -> local.atZone(zone).toInstant())
        .filter(start -> !start.isBefore(from) && start.isBefore(to))
        .toList();
  }

  /**
   * The rule parsed for local date-times. RFC 5545 lets UNTIL be a date or a UTC time; for a series
   * on local time it is rewritten as the local end of that day or moment first.
   */
  Recur<LocalDateTime> recurrence() {
    try {
      return new Recur<>(localRule());
    } catch (RuntimeException e) {
      throw InvalidInputException.worded(
          "rule",
          "This repeat rule is not a valid iCalendar RRULE (for example FREQ=WEEKLY;BYDAY=TU).",
          "refusal.groups.schedule.invalidRule");
    }
  }

  private String localRule() {
    Matcher until = UNTIL.matcher(rule);
    if (!until.find()) {
      return rule;
    }
    LocalDate day = LocalDate.parse(until.group(1), DateTimeFormatter.BASIC_ISO_DATE);
    LocalDateTime local;
    if (until.group(2) == null) {
      local = day.atTime(LocalTime.MAX.withNano(0));
    } else {
      LocalDateTime written =
          LocalDateTime.parse(until.group(1) + "T" + until.group(3), BASIC_DATE_TIME);
      local =
          until.group(4).isEmpty()
              ? written
              : written.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone()).toLocalDateTime();
    }
    return until.replaceFirst("UNTIL=" + local.format(BASIC_DATE_TIME));
  }
}
