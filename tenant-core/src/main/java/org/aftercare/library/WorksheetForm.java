package org.aftercare.library;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A worksheet as the client fills it in: its fields and the client's answers so far (one per field,
 * null where none), and whether it was sent.
 */
public record WorksheetForm(
    UUID resourceId,
    String title,
    String description,
    List<WorksheetField> fields,
    List<String> answers,
    WorksheetState state,
    Instant submittedAt) {

  public WorksheetForm {
    fields = List.copyOf(fields);
    answers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
  }

  public boolean isSubmitted() {
    return state == WorksheetState.SUBMITTED;
  }
}
