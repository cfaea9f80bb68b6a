package org.aftercare.ui.sharing;

import java.time.LocalDate;
import org.aftercare.ui.components.SessionTimes;

/** How periods read on the sharing pages, for example "5 Jan 2027 – 11 Jan 2027". */
final class Days {

  private Days() {}

  static String period(LocalDate from, LocalDate to) {
    return SessionTimes.date(from) + " – " + SessionTimes.date(to);
  }
}
