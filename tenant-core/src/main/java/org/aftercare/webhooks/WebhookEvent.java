package org.aftercare.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a clinic's systems can be told of. A payload carries the event's type and the ids it is
 * about, never names or health information: a system that needs more reads it through the REST API
 * under its own scopes.
 */
public enum WebhookEvent {
  CLIENT_ENROLLED("client.enrolled", "A client is enrolled or waitlisted"),
  SESSION_MOVED("session.moved", "A session is moved"),
  SESSION_CANCELLED("session.cancelled", "A session is cancelled"),
  ROSTER_SAVED("roster.saved", "A session's roster is saved"),
  SUPPORT_REQUESTED("support_request.raised", "A client asks for support"),
  SUPPORT_ACKNOWLEDGED("support_request.acknowledged", "A support request is acknowledged"),
  FLAG_RAISED("flag.raised", "A client is newly flagged (missed sessions, no check-in, …)");

  private final String type;
  private final String label;

  WebhookEvent(String type, String label) {
    this.type = type;
    this.label = label;
  }

  /** As the payload and the subscription write it. */
  public String type() {
    return type;
  }

  public String label() {
    return label;
  }

  public static Optional<WebhookEvent> ofType(String type) {
    return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
  }
}
