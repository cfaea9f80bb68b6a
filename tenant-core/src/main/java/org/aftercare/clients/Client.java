package org.aftercare.clients;

import static org.aftercare.shared.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A person in the clinic's aftercare programme. */
@Entity
@Table(name = "client")
public class Client extends TenantOwned {

  @Id private UUID id;

  @NotBlank(message = "Enter the name other group members will see")
  @Size(max = 80, message = "Keep the display name to 80 characters")
  @Column(name = "display_name", nullable = false)
  private String displayName;

  @NotBlank(message = "Enter the client's legal name")
  @Size(max = 200, message = "Keep the legal name to 200 characters")
  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Email(message = "Enter an e-mail address such as name@example.org")
  @Size(max = 320, message = "Keep the e-mail address to 320 characters")
  private String email;

  @Pattern(
      regexp = "\\+?[0-9 ()./-]{6,40}",
      message = "Enter a phone number with digits, spaces and + ( ) - only")
  private String phone;

  // Set when the record is created; afterwards only a recovery restart (CheckIns.restartRecovery)
  // writes it, keeping the history: a form saved later never undoes a restart.
  @PastOrPresent(message = "The recovery start date cannot be in the future")
  @Column(name = "recovery_start_date", updatable = false)
  private LocalDate recoveryStartDate;

  @NotNull(message = "Choose the client's preferred language")
  @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "Choose a language from the list")
  @Column(name = "preferred_language", nullable = false)
  private String preferredLanguage = "en";

  // The medical record number the discharging EHR knows the client by: unique in the clinic, so a
  // discharge sent twice finds the same person.
  @Pattern(
      regexp = "[A-Za-z0-9._:/-]{1,64}",
      message = "Enter the record number as the EHR writes it: letters, digits and . _ : / - only")
  @Column(name = "ehr_mrn")
  private String ehrMrn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  public Client() {
    this.id = Identifiers.newId();
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  /** A client not yet saved has version 0 and no creation time. */
  public boolean isNew() {
    return createdAt == null;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = trimmed(displayName);
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = trimmed(legalName);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = blankToNull(email);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = blankToNull(phone);
  }

  public LocalDate getRecoveryStartDate() {
    return recoveryStartDate;
  }

  public void setRecoveryStartDate(LocalDate recoveryStartDate) {
    this.recoveryStartDate = recoveryStartDate;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = blankToNull(preferredLanguage);
  }

  public String getEhrMrn() {
    return ehrMrn;
  }

  public void setEhrMrn(String ehrMrn) {
    this.ehrMrn = blankToNull(ehrMrn);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }
}
