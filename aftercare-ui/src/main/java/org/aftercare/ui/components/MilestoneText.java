package org.aftercare.ui.components;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftercare.checkins.Milestone;

/**
 * How a recovery milestone reads for the client and their mentor, counted from the clinic's today.
 */
public final class MilestoneText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private MilestoneText() {}

  /** "90 days today", "30 days tomorrow", "6 months on Fri 10 Jul (in 12 days)". */
  public static String of(Milestone milestone, LocalDate today) {
    long days = milestone.daysFrom(today);
    if (days == 0) {
      return milestone.title() + " today";
    }
    if (days == 1) {
      return milestone.title() + " tomorrow";
    }
    return milestone.title() + " on " + DAY.format(milestone.date()) + " (in " + days + " days)";
  }
}
