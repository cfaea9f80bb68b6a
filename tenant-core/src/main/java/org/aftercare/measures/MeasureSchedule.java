package org.aftercare.measures;

import org.aftercare.shared.InvalidInputException;

/** How often a measure falls due: once, or every so many days (a week is seven). */
public record MeasureSchedule(Integer everyDays) {

  static final int LONGEST_DAYS = 365;

  public static MeasureSchedule once() {
    return new MeasureSchedule(null);
  }

  public static MeasureSchedule everyDays(int days) {
    return new MeasureSchedule(days);
  }

  public static MeasureSchedule everyWeeks(int weeks) {
    return new MeasureSchedule(weeks * 7);
  }

  public boolean repeats() {
    return everyDays != null;
  }

  void validate() {
    if (everyDays != null && (everyDays < 1 || everyDays > LONGEST_DAYS)) {
      throw InvalidInputException.worded(
          "every", "Choose between 1 day and 52 weeks.", "refusal.measures.schedule.every");
    }
  }

  /** "Once", "Every 2 weeks", "Every 10 days". */
  public String describe() {
    if (everyDays == null) {
      return "Once";
    }
    if (everyDays % 7 == 0) {
      int weeks = everyDays / 7;
      return weeks == 1 ? "Every week" : "Every " + weeks + " weeks";
    }
    return everyDays == 1 ? "Every day" : "Every " + everyDays + " days";
  }
}
