package org.aftercare.ui.components;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.groups.GroupSession;

/**
 * How session times and days read everywhere in the portal, always in a stated zone and in the
 * reader's language ({@link PortalTranslations#current()}: English outside a page). Times are on
 * the 24-hour clock in both.
 */
public final class SessionTimes {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private SessionTimes() {}

  /** For example "Tue 5 Jan 2027, 18:00–19:30" or "mar 5 de ene 2027, 18:00–19:30". */
  public static String of(GroupSession session, ZoneId zone) {
    var reader = PortalTranslations.current();
    var start = session.getStartsAt().atZone(zone);
    return day(reader).format(start)
        + ", "
        + TIME.format(start)
        + "–"
        + TIME.format(session.getEndsAt().atZone(zone));
  }

  /** For example "Tue 5 Jan 2027, 18:00" or "mar 5 de ene 2027, 18:00". */
  public static String at(Instant instant, ZoneId zone) {
    return day(PortalTranslations.current()).format(instant.atZone(zone))
        + ", "
        + TIME.format(instant.atZone(zone));
  }

  /** A day as lists and sentences show it: "12 Oct 2026" or "12 de oct 2026". */
  public static String date(LocalDate day) {
    return dates(PortalTranslations.current(), "d MMM yyyy", "d 'de' MMM yyyy").format(day);
  }

  /** The day of {@code instant} in {@code zone}, as {@link #date(LocalDate)} writes it. */
  public static String date(Instant instant, ZoneId zone) {
    return date(LocalDate.ofInstant(instant, zone));
  }

  /** A day in a week or on a chart's axis: "Mon 12 Oct" or "lun 12 de oct". */
  public static String weekday(LocalDate day, Locale reader) {
    return dates(reader, "EEE d MMM", "EEE d 'de' MMM").format(day);
  }

  /** "12 Oct" or "12 de oct". */
  public static String dayAndMonth(LocalDate day) {
    return dates(PortalTranslations.current(), "d MMM", "d 'de' MMM").format(day);
  }

  /** "5 Jan 2027 – 11 Jan 2027": both days included. */
  public static String period(LocalDate from, LocalDate to) {
    return date(from) + " – " + date(to);
  }

  public static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  /**
   * A date pattern for the reader: English ("Tue 5 Jan 2027") or Spanish, which joins day and month
   * with "de" ("mar 5 de ene 2027").
   */
  static DateTimeFormatter dates(Locale reader, String english, String spanish) {
    return reader != null && PortalTranslations.SPANISH.getLanguage().equals(reader.getLanguage())
        ? DateTimeFormatter.ofPattern(spanish, PortalTranslations.SPANISH)
        : DateTimeFormatter.ofPattern(english, Locale.ENGLISH);
  }

  private static DateTimeFormatter day(Locale reader) {
    return dates(reader, "EEE d MMM yyyy", "EEE d 'de' MMM yyyy");
  }
}
