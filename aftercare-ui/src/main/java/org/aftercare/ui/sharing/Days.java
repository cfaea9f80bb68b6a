package org.aftercare.ui.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.ui.components.PortalTranslations;

/** How days and periods read on the sharing pages, for example "5 Jan 2027 – 11 Jan 2027". */
final class Days {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Days() {}

  static String of(LocalDate day) {
    return DAY.withLocale(PortalTranslations.current()).format(day);
  }

  static String period(LocalDate from, LocalDate to) {
    return of(from) + " – " + of(to);
  }
}
