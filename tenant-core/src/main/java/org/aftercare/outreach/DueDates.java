package org.aftercare.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.engagement.FlagReason;

/**
 * When a follow-up is due, in the clinic's days (its time zone): reported use or high craving is
 * urgent — due the same day, since a lapse is a matter of days; missed sessions, low attendance, no
 * check-ins and a worse PHQ-9 or GAD-7 are due in two days, time for a mentor to call without
 * dropping everything (an answer to PHQ-9 item 9 has its own urgent path at once).
 */
public final class DueDates {

  static final Set<FlagReason> URGENT =
      EnumSet.of(FlagReason.HIGH_CRAVING, FlagReason.REPORTED_USE);

  static final int DAYS_FOR_THE_REST = 2;

  private DueDates() {}

  public static boolean isUrgent(Collection<FlagReason> reasons) {
    return reasons.stream().anyMatch(URGENT::contains);
  }

  public static LocalDate dueOn(Collection<FlagReason> reasons, LocalDate today) {
    return isUrgent(reasons) ? today : today.plusDays(DAYS_FOR_THE_REST);
  }
}
