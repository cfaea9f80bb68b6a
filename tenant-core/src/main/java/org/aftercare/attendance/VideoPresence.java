package org.aftercare.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A join or leave the video service reported for a client in a session. Kept as reported, never as
 * attendance: suggestions are worked out from all of them when the roster is read.
 */
@Entity
@Table(name = "video_presence")
public class VideoPresence extends TenantOwned {

  @Id private UUID id;

  @Column(name = "session_id", nullable = false)
  private UUID sessionId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PresenceKind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected VideoPresence() {}

  VideoPresence(UUID sessionId, UUID clientId, PresenceKind kind, Instant occurredAt, Instant now) {
    this.id = Identifiers.newId();
    this.sessionId = sessionId;
    this.clientId = clientId;
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.receivedAt = now;
  }

  UUID clientId() {
    return clientId;
  }

  PresenceKind kind() {
    return kind;
  }

  Instant occurredAt() {
    return occurredAt;
  }
}
