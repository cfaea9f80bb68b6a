package org.aftercare.integrations.video;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HexFormat;

/** Reading a signed event's JSON, where a missing or mistyped field is the sender's error (400). */
final class EventJson {

  private EventJson() {}

  static JsonObject parse(String body) throws RefusedEvent {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw RefusedEvent.malformed("The body is not a JSON object.");
    }
  }

  static JsonObject object(JsonObject parent, String name) throws RefusedEvent {
    if (parent.get(name) instanceof JsonObject child) {
      return child;
    }
    throw RefusedEvent.malformed("The event has no object \"" + name + "\".");
  }

  static String text(JsonObject parent, String name) throws RefusedEvent {
    if (parent.get(name) instanceof JsonString value && !value.getString().isBlank()) {
      return value.getString();
    }
    throw RefusedEvent.malformed("The event has no text \"" + name + "\".");
  }

  /** An ISO-8601 instant such as {@code 2026-11-24T18:02:00Z}. */
  static Instant instant(JsonObject parent, String name) throws RefusedEvent {
    try {
      return Instant.parse(text(parent, name));
    } catch (DateTimeException e) {
      throw RefusedEvent.malformed("\"" + name + "\" is not an ISO-8601 UTC time.");
    }
  }

  static Instant epochMillis(JsonObject parent, String name) throws RefusedEvent {
    JsonValue value = parent.get(name);
    if (value instanceof JsonNumber number) {
      return Instant.ofEpochMilli(number.longValue());
    }
    throw RefusedEvent.malformed("The event has no time \"" + name + "\".");
  }

  /** A fixed-length id for the seen-events table, whatever the sender's ids look like. */
  static String digest(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
