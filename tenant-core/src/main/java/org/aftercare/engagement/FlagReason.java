package org.aftercare.engagement;

/** Why a client is flagged; each clears by itself when its condition ends. */
public enum FlagReason {
  MISSED_SESSIONS,
  LOW_ATTENDANCE,
  NO_CHECK_IN,
  HIGH_CRAVING,
  REPORTED_USE,
  /** The latest PHQ-9 total is up by the instrument's meaningful change on the one before. */
  PHQ_9_WORSENED,
  GAD_7_WORSENED;

  /** The reason in the clinic's words, with the figure behind it. */
  public String describe(int figure) {
    return switch (this) {
      case MISSED_SESSIONS -> "Missed the last " + figure + " sessions";
      case LOW_ATTENDANCE -> "Attended " + figure + "% of sessions in the last 30 days";
      case NO_CHECK_IN -> "No check-in for " + figure + " days";
      case HIGH_CRAVING -> "Craving " + figure + " of 10 in the latest check-in";
      case REPORTED_USE -> "Reported use in the latest check-in";
      case PHQ_9_WORSENED -> "PHQ-9 up " + figure + " points on the result before";
      case GAD_7_WORSENED -> "GAD-7 up " + figure + " points on the result before";
    };
  }
}
