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
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A client's written consent to share with their care team (42 CFR 2.31), with the text they signed
 * word for word. Revoked consents stay, as the record of what was allowed when.
 */
@Entity
@Table(name = "consent")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class Consent extends TenantOwned {

  /** How a consent was given, and how it was revoked. */
  public enum Method {
    PORTAL,
    PAPER,
    STAFF
  }

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "recipient_id")
  private UUID recipientId;

  @Column(name = "recipient_designation")
  private String designation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Column(name = "purpose_detail")
  private String purposeDetail;

  @Enumerated(EnumType.STRING)
  @Column(name = "shared_data", nullable = false)
  private SharedData sharedData;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_how", nullable = false)
  private Method givenHow;

  @Column(nullable = false)
  private String signature;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "signed_text", nullable = false)
  private String signedText;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "revoked_by")
  private UUID revokedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "revoked_how")
  private Method revokedHow;

  @Version private long version;

  protected Consent() {}

  Consent(
      UUID clientId,
      ConsentRequest request,
      String signedText,
      Method givenHow,
      UUID recordedBy,
      Instant at) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.recipientId = request.recipientId();
    this.designation = request.recipientId() == null ? request.designation() : null;
    this.purpose = request.purpose();
    this.purposeDetail = request.purposeDetail();
    this.sharedData = request.sharedData();
    this.startsOn = request.startsOn();
    this.expiresOn = request.expiresOn();
    this.signature = request.signature();
    this.signedText = signedText;
    this.givenHow = givenHow;
    this.recordedBy = recordedBy;
    this.givenAt = at;
  }

  void revoke(Method how, UUID by, Instant at) {
    revokedHow = how;
    revokedBy = by;
    revokedAt = at;
  }

  /**
   * Whether it lets the clinic send this care-team recipient summaries on {@code day}: a consent
   * for treatment, payment and operations that names them or designates the treating providers
   * generally. A consent for a specific purpose (a court's letter) allows that purpose only.
   */
  public boolean covers(UUID recipient, LocalDate day) {
    return isInForce(day) && names(recipient);
  }

  /** Whether, while in force, it lets the clinic share with this care-team recipient. */
  boolean names(UUID recipient) {
    return purpose == ConsentPurpose.TREATMENT
        && (recipient.equals(recipientId) || recipientId == null);
  }

  public boolean isInForce(LocalDate day) {
    return revokedAt == null
        && !day.isBefore(startsOn)
        && (expiresOn == null || !day.isAfter(expiresOn));
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getRecipientId() {
    return recipientId;
  }

  public String getDesignation() {
    return designation;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public String getPurposeDetail() {
    return purposeDetail;
  }

  public SharedData getSharedData() {
    return sharedData;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Method getGivenHow() {
    return givenHow;
  }

  public String getSignature() {
    return signature;
  }

  public String getSignedText() {
    return signedText;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
