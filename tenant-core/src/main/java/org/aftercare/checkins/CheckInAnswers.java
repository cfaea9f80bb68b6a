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
      throw new InvalidInputException("mood", "Choose how you feel, from 1 to 5.");
    }
    if (craving < 0 || craving > 10) {
      throw new InvalidInputException("craving", "Choose your craving from 0 (none) to 10.");
    }
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException("note", "Keep the note to 1000 characters.");
    }
    if (whatHelped != null && whatHelped.length() > 500) {
      throw new InvalidInputException("whatHelped", "Keep this to 500 characters.");
    }
  }
}
