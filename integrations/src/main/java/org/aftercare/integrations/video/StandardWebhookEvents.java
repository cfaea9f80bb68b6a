package org.aftercare.integrations.video;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.aftercare.attendance.ParticipantEvent;
import org.aftercare.attendance.PresenceKind;
import org.aftercare.integrations.webhooks.StandardWebhooks;

/**
 * The generic format, signed as Standard Webhooks sign (standardwebhooks.com): headers {@code
 * webhook-id}, {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}, a
 * space-separated list of {@code v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">}; a secret
 * written {@code whsec_<base64>} is the decoded bytes, any other the text's UTF-8 bytes. The body:
 *
 * <pre>{"type": "participant.joined" | "participant.left",
 *  "data": {"participant_key": "<from the Join link's aftercare parameter>",
 *           "at": "2026-11-24T18:02:00Z"}}</pre>
 */
final class StandardWebhookEvents {

  static final String ID = "webhook-id";
  static final String TIMESTAMP = "webhook-timestamp";
  static final String SIGNATURE = "webhook-signature";
  static final int MAX_ID = 200;

  private StandardWebhookEvents() {}

  static Reception receive(UnaryOperator<String> headers, String body, String secret, Instant now)
      throws RefusedEvent {
    String id = verify(headers, body, secret, now);
    JsonObject event = EventJson.parse(body);
    PresenceKind kind =
        switch (EventJson.text(event, "type")) {
          case "participant.joined" -> PresenceKind.JOIN;
          case "participant.left" -> PresenceKind.LEAVE;
          default -> null;
        };
    if (kind == null) {
      return Reception.ignored("Aftercare uses only participant.joined and participant.left.");
    }
    JsonObject data = EventJson.object(event, "data");
    return Reception.of(
        new ParticipantEvent(
            EventJson.digest("standard|" + id),
            EventJson.text(data, "participant_key"),
            kind,
            EventJson.instant(data, "at")));
  }

  /** The checked event id. */
  static String verify(UnaryOperator<String> headers, String body, String secret, Instant now)
      throws RefusedEvent {
    String id = headers.apply(ID);
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw RefusedEvent.unsigned("Send the webhook-id header.");
    }
    long timestamp = SignedTimestamps.check(headers.apply(TIMESTAMP), now);
    String expected = StandardWebhooks.signature(secret, id, Long.toString(timestamp), body);
    String presented = headers.apply(SIGNATURE);
    boolean signed = false;
    for (String candidate : presented == null ? new String[0] : presented.trim().split(" ")) {
      signed |= Hmac.matches(expected, candidate);
    }
    if (!signed) {
      throw RefusedEvent.unsigned("No v1 webhook-signature matches this clinic's secret.");
    }
    return id;
  }
}
