package org.aftercare.integrations.restapi;

import jakarta.ws.rs.WebApplicationException;
import org.aftercare.shared.InvalidInputException;

/** The checks every write makes on what was sent before the core sees it. */
final class Bodies {

  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send a JSON body.");
    }
    return body;
  }

  /**
   * The version an {@code If-Match} names, as the ETag of the last read gave it; without one the
   * write is refused (RFC 6585's 428) rather than silently overwriting someone else's change.
   */
  static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(
          Problems.of(
              428,
              "If-Match is required",
              "Send the ETag of your last read in If-Match, so a stale write is refused."));
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "If-Match", "Send the ETag exactly as the last read gave it.");
    }
  }
}
