package org.aftercare.ui.components;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.groups.GroupSession;

/** How session times read everywhere in the portal, always in a stated zone. */
public final class SessionTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private SessionTimes() {}

  /** For example "Tue 5 Jan 2027, 18:00–19:30". */
  public static String of(GroupSession session, ZoneId zone) {
    var start = session.getStartsAt().atZone(zone);
    return DAY.format(start)
        + ", "
        + TIME.format(start)
        + "–"
        + TIME.format(session.getEndsAt().atZone(zone));
  }

  /** For example "Tue 5 Jan 2027, 18:00". */
  public static String at(Instant instant, ZoneId zone) {
    return DAY.format(instant.atZone(zone)) + ", " + TIME.format(instant.atZone(zone));
  }

  public static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }
}
