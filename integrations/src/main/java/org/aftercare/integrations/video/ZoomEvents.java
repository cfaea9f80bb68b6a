package org.aftercare.integrations.video;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.aftercare.attendance.ParticipantEvent;
import org.aftercare.attendance.PresenceKind;

/**
 * Zoom's webhooks: {@code x-zm-signature} is {@code v0=} and the hex HMAC-SHA256 of {@code
 * v0:<x-zm-request-timestamp>:<body>} under the app's secret token. The participant's key is the
 * {@code customer_key} their join carried; the address check ({@code endpoint.url_validation}) is
 * answered with the plain token's HMAC.
 */
final class ZoomEvents {

  static final String SIGNATURE = "x-zm-signature";
  static final String TIMESTAMP = "x-zm-request-timestamp";

  private ZoomEvents() {}

  static Reception receive(UnaryOperator<String> headers, String body, String secret, Instant now)
      throws RefusedEvent {
    verify(headers, body, secret, now);
    JsonObject event = EventJson.parse(body);
    String type = EventJson.text(event, "event");
    JsonObject payload = EventJson.object(event, "payload");
    return switch (type) {
      case "endpoint.url_validation" -> validation(payload, secret);
      case "meeting.participant_joined" -> participant(event, payload, PresenceKind.JOIN);
      case "meeting.participant_left" -> participant(event, payload, PresenceKind.LEAVE);
      default -> Reception.ignored("Aftercare uses only participant joins and leaves.");
    };
  }

  static void verify(UnaryOperator<String> headers, String body, String secret, Instant now)
      throws RefusedEvent {
    long timestamp = SignedTimestamps.check(headers.apply(TIMESTAMP), now);
    String presented = headers.apply(SIGNATURE);
    if (presented == null
        || !Hmac.matches(signature(secret, "v0:" + timestamp + ":" + body), presented.trim())) {
      throw RefusedEvent.unsigned("The x-zm-signature does not match this clinic's secret token.");
    }
  }

  static String signature(String secret, String content) {
    return "v0=" + HexFormat.of().formatHex(Hmac.sha256(bytes(secret), content));
  }

  private static Reception validation(JsonObject payload, String secret) throws RefusedEvent {
    String plain = EventJson.text(payload, "plainToken");
    return Reception.answer(
        Json.createObjectBuilder()
            .add("plainToken", plain)
            .add("encryptedToken", HexFormat.of().formatHex(Hmac.sha256(bytes(secret), plain)))
            .build()
            .toString());
  }

  private static Reception participant(JsonObject event, JsonObject payload, PresenceKind kind)
      throws RefusedEvent {
    JsonObject meeting = EventJson.object(payload, "object");
    JsonObject participant = EventJson.object(meeting, "participant");
    String key = participant.getString("customer_key", "");
    if (key.isBlank()) {
      return Reception.ignored("The participant did not join through an Aftercare link.");
    }
    String time = kind == PresenceKind.JOIN ? "join_time" : "leave_time";
    Instant at =
        participant.containsKey(time)
            ? EventJson.instant(participant, time)
            : EventJson.epochMillis(event, "event_ts");
    // Zoom has no event id: one participant's join or leave at one moment in one meeting is one
    // event, however often it is sent.
    String id =
        String.join(
            "|",
            "zoom",
            kind.name(),
            meeting.getString("uuid", meeting.getString("id", "")),
            participant.getString("participant_uuid", participant.getString("id", "")),
            key,
            at.toString());
    return Reception.of(new ParticipantEvent(EventJson.digest(id), key, kind, at));
  }

  private static byte[] bytes(String secret) {
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
