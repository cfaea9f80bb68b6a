package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * One disclosure of a client's information (42 CFR 2.24's accounting): who received what, when,
 * under which consent, and the message that carried it. Written once, never changed.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "recipient_id", nullable = false)
  private UUID recipientId;

  @Column(name = "consent_id", nullable = false)
  private UUID consentId;

  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Column(name = "recipient_name", nullable = false)
  private String recipientName;

  @Enumerated(EnumType.STRING)
  @Column(name = "shared_data", nullable = false)
  private SharedData sharedData;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EndpointKind channel;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  protected Disclosure() {}

  Disclosure(OutboxMessage message, String recipientName, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = message.getClientId();
    this.recipientId = message.getRecipientId();
    this.consentId = message.getConsentId();
    this.messageId = message.getId();
    this.recipientName = recipientName;
    this.sharedData = message.getSharedData();
    this.periodFrom = message.getPeriodFrom();
    this.periodTo = message.getPeriodTo();
    this.channel = message.getKind();
    this.disclosedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getConsentId() {
    return consentId;
  }

  public UUID getMessageId() {
    return messageId;
  }

  public String getRecipientName() {
    return recipientName;
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

  public EndpointKind getChannel() {
    return channel;
  }

  public Instant getDisclosedAt() {
    return disclosedAt;
  }
}
