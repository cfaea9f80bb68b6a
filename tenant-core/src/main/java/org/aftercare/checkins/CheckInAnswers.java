package org.aftercare.checkins;

import static org.aftercare.shared.Texts.blankToNull;

import org.aftercare.shared.InvalidInputException;

/** What a client answers in the daily check-in; the two texts are optional. */
public record CheckInAnswers(int mood, int craving, boolean used, String note, String whatHelped) {

  public CheckInAnswers {
    note = blankToNull(note);
    whatHelped = blankToNull(whatHelped);
  }

  void validate() {
    if (mood < 1 || mood > 5) {
      throw InvalidInputException.worded(
          "mood", "Choose how you feel, from 1 to 5.", "checkin.mood.outOfRange");
    }
    if (craving < 0 || craving > 10) {
      throw InvalidInputException.worded(
          "craving", "Choose your craving from 0 (none) to 10.", "checkin.craving.outOfRange");
    }
    if (note != null && note.length() > 1000) {
      throw InvalidInputException.worded(
          "note", "Keep the note to 1000 characters.", "checkin.note.tooLong", 1000);
    }
    if (whatHelped != null && whatHelped.length() > 500) {
      throw InvalidInputException.worded(
          "whatHelped", "Keep this to 500 characters.", "checkin.helped.tooLong", 500);
    }
  }
}
