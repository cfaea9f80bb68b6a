package org.aftercare.sharing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.measures.Instrument;

/**
 * A queued summary as the outbox row stores it: JSON, read back unchanged for every attempt.
 * Written field by field with JSON-P, not bound with JSON-B: the JSON-B of the packaged portal
 * (Payara's Yasson 3.0.4, booted inside the launcher) knows no records — it wrote every summary as
 * {@code {}} and could not read one back, so no summary left a packaged portal. The names are the
 * records' components, as JSON-B wrote them where it knew records; absent values are left out.
 */
final class SummaryPayloads {

  private SummaryPayloads() {}

  static String write(SummaryMessage message) {
    var json = Json.createObjectBuilder();
    put(json, "messageId", message.messageId());
    put(json, "writtenAt", message.writtenAt());
    put(json, "clinicId", message.clinicId());
    put(json, "clinicName", message.clinicName());
    put(json, "patientSystem", message.patientSystem());
    put(json, "patientMrn", message.patientMrn());
    put(json, "recipientName", message.recipientName());
    put(json, "consentId", message.consentId());
    put(json, "scope", message.scope());
    if (message.figures() != null) {
      json.add("figures", figures(message.figures()));
    }
    var measures = Json.createArrayBuilder();
    message.measures().forEach(measure -> measures.add(measure(measure)));
    json.add("measures", measures);
    put(json, "notice", message.notice());
    return json.build().toString();
  }

  /**
   * The summary written by {@link #write}; an {@link IllegalArgumentException} if it is not one.
   */
  static SummaryMessage read(String payload) {
    try (var reader = Json.createReader(new StringReader(payload))) {
      JsonObject json = reader.readObject();
      if (!json.containsKey("messageId")) {
        throw new IllegalArgumentException("The payload holds no summary.");
      }
      JsonObject figures = json.isNull("figures") ? null : json.getJsonObject("figures");
      return new SummaryMessage(
          uuid(json, "messageId"),
          instant(json, "writtenAt"),
          uuid(json, "clinicId"),
          text(json, "clinicName"),
          text(json, "patientSystem"),
          text(json, "patientMrn"),
          text(json, "recipientName"),
          uuid(json, "consentId"),
          json.containsKey("scope") ? SharedData.valueOf(json.getString("scope")) : null,
          figures == null ? null : figures(figures),
          json.containsKey("measures")
              ? json.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                  .map(SummaryPayloads::measure)
                  .toList()
              : List.of(),
          text(json, "notice"));
    } catch (jakarta.json.JsonException
        | ClassCastException
        | NullPointerException
        | DateTimeException e) {
      throw new IllegalArgumentException("The payload is not a summary: " + e.getMessage(), e);
    }
  }

  private static JsonObjectBuilder figures(SummaryMessage.Figures figures) {
    var json = Json.createObjectBuilder();
    put(json, "from", figures.from());
    put(json, "to", figures.to());
    json.add("sessionsScheduled", figures.sessionsScheduled());
    json.add("sessionsAttended", figures.sessionsAttended());
    json.add("sessionsExcused", figures.sessionsExcused());
    json.add("sessionsMissed", figures.sessionsMissed());
    if (figures.attendanceRate() != null) {
      json.add("attendanceRate", figures.attendanceRate());
    }
    json.add("longestStreak", figures.longestStreak());
    json.add("currentStreak", figures.currentStreak());
    if (figures.checkInDays() != null) {
      json.add("checkInDays", figures.checkInDays());
    }
    return json;
  }

  private static SummaryMessage.Figures figures(JsonObject json) {
    return new SummaryMessage.Figures(
        date(json, "from"),
        date(json, "to"),
        json.getInt("sessionsScheduled"),
        json.getInt("sessionsAttended"),
        json.getInt("sessionsExcused"),
        json.getInt("sessionsMissed"),
        json.containsKey("attendanceRate") && !json.isNull("attendanceRate")
            ? json.getJsonNumber("attendanceRate").doubleValue()
            : null,
        json.getInt("longestStreak"),
        json.getInt("currentStreak"),
        json.containsKey("checkInDays") && !json.isNull("checkInDays")
            ? json.getInt("checkInDays")
            : null);
  }

  private static JsonObjectBuilder measure(SummaryMessage.MeasureResult measure) {
    var json = Json.createObjectBuilder();
    put(json, "responseId", measure.responseId());
    put(json, "instrument", measure.instrument());
    put(json, "completedAt", measure.completedAt());
    JsonArrayBuilder answers = Json.createArrayBuilder();
    measure.answers().forEach(answers::add);
    json.add("answers", answers);
    json.add("totalScore", measure.totalScore());
    put(json, "band", measure.band());
    return json;
  }

  private static SummaryMessage.MeasureResult measure(JsonObject json) {
    return new SummaryMessage.MeasureResult(
        uuid(json, "responseId"),
        json.containsKey("instrument") ? Instrument.valueOf(json.getString("instrument")) : null,
        instant(json, "completedAt"),
        json.getJsonArray("answers").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::intValue)
            .toList(),
        json.getInt("totalScore"),
        text(json, "band"));
  }

  /** Left out when null, as JSON-B wrote it. */
  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value != null) {
      json.add(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value == JsonValue.NULL ? null : json.getString(name);
  }

  private static UUID uuid(JsonObject json, String name) {
    String text = text(json, name);
    return text == null ? null : UUID.fromString(text);
  }

  private static Instant instant(JsonObject json, String name) {
    String text = text(json, name);
    return text == null ? null : Instant.parse(text);
  }

  private static LocalDate date(JsonObject json, String name) {
    String text = text(json, name);
    return text == null ? null : LocalDate.parse(text);
  }
}
