package org.aftercare.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;

/** One entry of the platform's own audit trail: what operators did. Never changed once written. */
@Entity
@Table(name = "platform_audit_event")
@NamedQuery(
    name = PlatformAuditEvent.BY_ACTOR,
    query =
        "select e from PlatformAuditEvent e where lower(e.actor) = lower(:actor) order by e.occurredAt")
public class PlatformAuditEvent {

  static final String BY_ACTOR = "PlatformAuditEvent.byActor";

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditOutcome outcome;

  @Column(name = "source_address", updatable = false)
  private String sourceAddress;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  protected PlatformAuditEvent() {}

  PlatformAuditEvent(
      String actor,
      AuditAction action,
      String objectType,
      UUID objectId,
      AuditOutcome outcome,
      RequestOrigin origin) {
    this.id = Identifiers.newId();
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId == null ? null : objectId.toString();
    this.outcome = outcome;
    this.sourceAddress = origin.sourceAddress().orElse(null);
    this.requestId = origin.requestId().orElse(null);
  }

  public AuditAction getAction() {
    return action;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getObjectId() {
    return objectId;
  }
}
