package org.aftercare.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * One entry of a clinic's audit trail, a link of the clinic's hash chain (see {@link AuditChain}).
 * Never changed once written.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FOR_OBJECT,
    query = "select e from AuditEvent e where e.objectId = :objectId order by e.sequence")
@NamedQuery(
    name = AuditEvent.CHAIN_AFTER,
    query = "select e from AuditEvent e where e.sequence > :after order by e.sequence")
public class AuditEvent extends TenantOwned {

  static final String FOR_OBJECT = "AuditEvent.forObject";
  static final String CHAIN_AFTER = "AuditEvent.chainAfter";

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private long sequence;

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

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  @Enumerated(EnumType.STRING)
  @Column(name = "hash_kind", nullable = false, updatable = false)
  private HashKind hashKind = HashKind.SHA256;

  /** How the entry's hash was made (see {@link AuditChain}). */
  public enum HashKind {
    SHA256,
    HMAC
  }

  protected AuditEvent() {}

  AuditEvent(
      UUID id,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String sourceAddress,
      String requestId) {
    this.id = id;
    // PostgreSQL keeps microseconds; the hash must cover the instant as it is stored.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.outcome = outcome;
    this.sourceAddress = sourceAddress;
    this.requestId = requestId;
  }

  /** An entry for something that happens now, on behalf of the request's origin. */
  static AuditEvent now(
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      RequestOrigin origin) {
    return new AuditEvent(
        Identifiers.newId(),
        Instant.now(),
        actor,
        action,
        objectType,
        objectId,
        outcome,
        origin.sourceAddress().orElse(null),
        origin.requestId().orElse(null));
  }

  /**
   * Makes this entry the next link of the clinic's chain, after the entry hashed {@code
   * previousHash}.
   */
  void link(UUID tenantId, long sequence, String previousHash, ChainKey key) {
    this.sequence = sequence;
    this.previousHash = previousHash;
    this.hashKind = key.isConfigured() ? HashKind.HMAC : HashKind.SHA256;
    this.hash = AuditChain.hashOf(tenantId, this, key);
  }

  /** Whether the stored hash still matches the entry's fields. */
  boolean isHashIntact(UUID tenantId, ChainKey key) {
    return AuditChain.hashOf(tenantId, this, key).equals(hash);
  }

  public HashKind getHashKind() {
    return hashKind;
  }

  public UUID getId() {
    return id;
  }

  /** Position in the clinic's chain: 1, 2, 3, … with no gaps. */
  public long getSequence() {
    return sequence;
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

  public String getSourceAddress() {
    return sourceAddress;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
