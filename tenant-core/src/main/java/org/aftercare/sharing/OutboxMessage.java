package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.tenancy.TenantOwned;

/**
 * A summary waiting for, or done with, delivery to one recipient. Written in the transaction that
 * decided to send it; the relay claims it with a lease and delivers it outside any transaction.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends TenantOwned {

  static final int MAX_ERROR = 500;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EndpointKind kind;

  @Column(name = "endpoint_id", nullable = false)
  private UUID endpointId;

  @Column(name = "recipient_id", nullable = false)
  private UUID recipientId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "consent_id", nullable = false)
  private UUID consentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "shared_data", nullable = false)
  private SharedData sharedData;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected OutboxMessage() {}

  OutboxMessage(
      SummaryMessage message, CareTeamRecipient recipient, EndpointKind kind, String payload) {
    this.id = message.messageId();
    this.kind = kind;
    this.endpointId = recipient.getEndpointId();
    this.recipientId = recipient.getId();
    this.clientId = recipient.getClientId();
    this.consentId = message.consentId();
    this.sharedData = message.scope();
    this.periodFrom = message.figures().from();
    this.periodTo = message.figures().to();
    this.payload = payload;
    this.status = DeliveryStatus.QUEUED;
    this.createdAt = message.writtenAt();
    this.nextAttemptAt = message.writtenAt();
  }

  void cancel(String why, Instant at) {
    status = DeliveryStatus.CANCELLED;
    lastError = clip(why);
    finishedAt = at;
  }

  void redrive(Instant at) {
    status = DeliveryStatus.QUEUED;
    attempts = 0;
    nextAttemptAt = at;
    finishedAt = null;
  }

  static String clip(String text) {
    return text == null || text.length() <= MAX_ERROR
        ? text
        : text.substring(0, MAX_ERROR - 1) + "…";
  }

  public UUID getId() {
    return id;
  }

  public EndpointKind getKind() {
    return kind;
  }

  public UUID getEndpointId() {
    return endpointId;
  }

  public UUID getRecipientId() {
    return recipientId;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getConsentId() {
    return consentId;
  }

  public SharedData getSharedData() {
    return sharedData;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  String getPayload() {
    return payload;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
