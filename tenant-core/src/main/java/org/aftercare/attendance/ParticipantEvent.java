package org.aftercare.attendance;

import java.time.Instant;

/**
 * One join or leave as the video service reported it, already checked as signed by the clinic's
 * provider: its id (against replays), the participant key from the client's Join link, and when it
 * happened by the provider's clock — which orders events, whatever order they arrive in.
 */
public record ParticipantEvent(
    String eventId, String participantKey, PresenceKind kind, Instant occurredAt) {}
