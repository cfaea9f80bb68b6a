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
      throw new InvalidInputException("date", "Choose the day of the contact (today or earlier).");
    }
    if (channel == null) {
      throw new InvalidInputException("channel", "Choose how you were in touch.");
    }
    if (note != null && note.length() > 2000) {
      throw new InvalidInputException("note", "Keep the note to 2000 characters.");
    }
    if (followUp != null && followUp.isBefore(date)) {
      throw new InvalidInputException("followUp", "A follow-up comes after the contact.");
    }
  }
}
