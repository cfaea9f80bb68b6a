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
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * One disclosure of a client's information (42 CFR 2.24's accounting): who received what, when,
 * under which consent, and how — a message to a care team's system, or a printed letter. Written
 * once, never changed.
 */
@Entity
@Table(name = "disclosure")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class Disclosure extends TenantOwned {

  /** How the information left. */
  public enum Channel {
    FHIR("FHIR R4"),
    HL7V2("HL7 v2"),
    LETTER("Attendance letter"),
    FHIR_API("Read by their system (FHIR API)");

    private final String label;

    Channel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "recipient_id")
  private UUID recipientId;

  @Column(name = "consent_id", nullable = false)
  private UUID consentId;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "message_id")
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
  private Channel channel;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  protected Disclosure() {}

  /** A letter handed to the recipient a consent names ({@code recipientName}). */
  Disclosure(Consent consent, String recipientName, LocalDate from, LocalDate to, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = consent.getClientId();
    this.recipientId = consent.getRecipientId();
    this.consentId = consent.getId();
    this.recipientName = recipientName;
    this.sharedData = SharedData.ATTENDANCE;
    this.periodFrom = from;
    this.periodTo = to;
    this.channel = Channel.LETTER;
    this.disclosedAt = at;
  }

  /** What the recipient's system read through the FHIR API under {@code consent}. */
  Disclosure(
      Consent consent, CareTeamRecipient recipient, LocalDate from, LocalDate to, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = consent.getClientId();
    this.recipientId = recipient.getId();
    this.consentId = consent.getId();
    this.recipientName = recipient.getName();
    this.sharedData = consent.getSharedData();
    this.periodFrom = from;
    this.periodTo = to;
    this.channel = Channel.FHIR_API;
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

  public Channel getChannel() {
    return channel;
  }

  public Instant getDisclosedAt() {
    return disclosedAt;
  }
}
