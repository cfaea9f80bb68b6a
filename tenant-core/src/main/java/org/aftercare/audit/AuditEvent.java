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
import org.aftercare.tenancy.TenantOwned;

/** One entry of a clinic's audit trail. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FOR_OBJECT,
    query = "select e from AuditEvent e where e.objectId = :objectId order by e.occurredAt")
public class AuditEvent extends TenantOwned {

  static final String FOR_OBJECT = "AuditEvent.forObject";

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

  protected AuditEvent() {}

  AuditEvent(
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      RequestOrigin origin) {
    this.id = Identifiers.newId();
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.outcome = outcome;
    this.sourceAddress = origin.sourceAddress().orElse(null);
    this.requestId = origin.requestId().orElse(null);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }
}
