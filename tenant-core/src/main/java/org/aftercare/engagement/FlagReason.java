package org.aftercare.engagement;

/** Why a client is flagged; each clears by itself when its condition ends. */
public enum FlagReason {
  MISSED_SESSIONS,
  LOW_ATTENDANCE,
  NO_CHECK_IN,
  HIGH_CRAVING,
  REPORTED_USE;

  /** The reason in the clinic's words, with the figure behind it. */
  public String describe(int figure) {
    return switch (this) {
      case MISSED_SESSIONS -> "Missed the last " + figure + " sessions";
      case LOW_ATTENDANCE -> "Attended " + figure + "% of sessions in the last 30 days";
      case NO_CHECK_IN -> "No check-in for " + figure + " days";
      case HIGH_CRAVING -> "Craving " + figure + " of 10 in the latest check-in";
      case REPORTED_USE -> "Reported use in the latest check-in";
    };
  }
}
