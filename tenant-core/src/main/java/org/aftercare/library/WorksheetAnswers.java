package org.aftercare.library;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A client's sent worksheet as their clinician or facilitator reads it. */
public record WorksheetAnswers(
    UUID clientId, String clientName, Instant submittedAt, List<FieldAnswer> answers) {

  /** One field's title and the client's answer to it (null where they left it empty). */
  public record FieldAnswer(String title, String answer) {}

  public WorksheetAnswers {
    answers = List.copyOf(answers);
  }
}
