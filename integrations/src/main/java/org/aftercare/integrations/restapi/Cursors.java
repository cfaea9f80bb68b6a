package org.aftercare.integrations.restapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.aftercare.shared.InvalidInputException;

/**
 * Cursor pagination: a page's {@code next} is an opaque string naming where the page ended (an id,
 * or an instant for lists in time order), so pages stay right while records are added.
 */
final class Cursors {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private Cursors() {}

  static int limit(Integer asked) {
    if (asked == null) {
      return DEFAULT_LIMIT;
    }
    if (asked < 1 || asked > MAX_LIMIT) {
      throw new InvalidInputException("limit", "Ask for 1 to " + MAX_LIMIT + " items per page.");
    }
    return asked;
  }

  static String ofId(UUID id) {
    return encode("id:" + id);
  }

  static String ofInstant(Instant instant) {
    return encode("at:" + instant);
  }

  static UUID idOf(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      return UUID.fromString(decode(cursor, "id:"));
    } catch (IllegalArgumentException e) {
      throw badCursor();
    }
  }

  static Instant instantOf(String cursor, Instant otherwise) {
    if (cursor == null) {
      return otherwise;
    }
    try {
      return Instant.parse(decode(cursor, "at:"));
    } catch (DateTimeParseException e) {
      throw badCursor();
    }
  }

  /**
   * A page of an id-ordered list fetched with one more than the limit: the extra one only says that
   * another page follows.
   */
  static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> cursorOf) {
    if (fetched.size() <= limit) {
      return new Page<>(fetched, null);
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.getLast()));
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String prefix) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw badCursor();
    }
    if (!text.startsWith(prefix)) {
      throw badCursor();
    }
    return text.substring(prefix.length());
  }

  private static RuntimeException badCursor() {
    return new InvalidInputException(
        "cursor", "Use the cursor from the previous page's next, unchanged.");
  }
}
