package org.aftercare.integrations.restapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.aftercare.shared.InvalidInputException;

/** Instants in queries, as ISO 8601 in UTC or with an offset. */
final class Instants {

  private Instants() {}

  static Instant parse(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Write the time as ISO 8601 with an offset, such as 2026-12-01T18:00:00Z.");
    }
  }
}
