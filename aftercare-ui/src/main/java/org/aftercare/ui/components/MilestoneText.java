package org.aftercare.ui.components;

import java.time.LocalDate;
import java.util.Locale;
import org.aftercare.checkins.Milestone;

/**
 * How a recovery milestone reads for the client and their mentor, counted from the clinic's today,
 * in the reader's language.
 */
public final class MilestoneText {

  private MilestoneText() {}

  /** "90 days today", "30 days tomorrow", "6 months on Fri 10 Jul (in 12 days)", in English. */
  public static String of(Milestone milestone, LocalDate today) {
    return of(milestone, today, PortalTranslations.ENGLISH);
  }

  /** As {@link #of(Milestone, LocalDate)} in the reader's language ("6 meses el vie 10 de jul"). */
  public static String of(Milestone milestone, LocalDate today, Locale reader) {
    long days = milestone.daysFrom(today);
    String title = title(milestone, reader);
    if (days == 0) {
      return PortalTranslations.in(reader, "milestone.when.today", title);
    }
    if (days == 1) {
      return PortalTranslations.in(reader, "milestone.when.tomorrow", title);
    }
    return PortalTranslations.in(
        reader,
        "milestone.when.later",
        title,
        SessionTimes.weekday(milestone.date(), reader),
        days);
  }

  /** How members say it: "24 hours", "90 days", "1 year"; "24 horas", "90 días", "1 año". */
  public static String title(Milestone milestone, Locale reader) {
    return PortalTranslations.in(reader, "milestone." + milestone.kind().name(), milestone.years());
  }
}
