package org.aftercare.mentoring;

import java.time.LocalDate;
import org.aftercare.shared.InvalidInputException;

/** What a mentor writes down about a contact. */
public record ContactLog(LocalDate date, ContactChannel channel, String note, LocalDate followUp) {

  public ContactLog {
    note = note == null || note.isBlank() ? null : note.trim();
  }

  void validate(LocalDate today) {
    if (date == null || date.isAfter(today)) {
      throw InvalidInputException.worded(
          "date",
          "Choose the day of the contact (today or earlier).",
          "refusal.mentoring.contact.date");
    }
    if (channel == null) {
      throw InvalidInputException.worded(
          "channel", "Choose how you were in touch.", "refusal.mentoring.contact.channel");
    }
    if (note != null && note.length() > 2000) {
      throw InvalidInputException.worded(
          "note", "Keep the note to 2000 characters.", "refusal.mentoring.contact.note.tooLong");
    }
    if (followUp != null && followUp.isBefore(date)) {
      throw InvalidInputException.worded(
          "followUp", "A follow-up comes after the contact.", "refusal.mentoring.contact.followUp");
    }
  }
}
