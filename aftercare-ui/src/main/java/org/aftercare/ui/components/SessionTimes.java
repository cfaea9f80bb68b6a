package org.aftercare.ui.components;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.groups.GroupSession;

/**
 * How session times read everywhere in the portal, always in a stated zone and in the reader's
 * language (English unless told otherwise). Times are on the 24-hour clock in both.
 */
public final class SessionTimes {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private SessionTimes() {}

  /** For example "Tue 5 Jan 2027, 18:00–19:30". */
  public static String of(GroupSession session, ZoneId zone) {
    return of(session, zone, Locale.ENGLISH);
  }

  /** For example "Tue 5 Jan 2027, 18:00–19:30" or "mar 5 de ene 2027, 18:00–19:30". */
  public static String of(GroupSession session, ZoneId zone, Locale reader) {
    var start = session.getStartsAt().atZone(zone);
    return day(reader).format(start)
        + ", "
        + TIME.format(start)
        + "–"
        + TIME.format(session.getEndsAt().atZone(zone));
  }

  /** For example "Tue 5 Jan 2027, 18:00". */
  public static String at(Instant instant, ZoneId zone) {
    return at(instant, zone, Locale.ENGLISH);
  }

  public static String at(Instant instant, ZoneId zone, Locale reader) {
    return day(reader).format(instant.atZone(zone)) + ", " + TIME.format(instant.atZone(zone));
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
