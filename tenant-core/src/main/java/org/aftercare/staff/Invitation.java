package org.aftercare.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.identity.RolesConverter;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Converter;

/** An invitation to join a clinic's portal with given roles. */
@Entity
@Table(name = "invitation")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
@NamedQuery(
    name = Invitation.BY_TOKEN_HASH,
    query = "select i from Invitation i where i.tokenHash = :tokenHash")
@NamedQuery(
    name = Invitation.OPEN,
    query =
        "select i from Invitation i where i.acceptedAt is null and i.revokedAt is null"
            + " order by i.createdAt desc")
public class Invitation extends TenantOwned {

  static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
  static final String OPEN = "Invitation.open";
  static final Duration VALID_FOR = Duration.ofHours(72);

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<Role> roles;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "invited_by", nullable = false)
  private String invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** Set for a client's portal invitation: the record the account will belong to. */
  @org.eclipse.persistence.annotations.Convert(NullableUuidConverter.NAME)
  @Column(name = "client_id")
  private UUID clientId;

  /** The language the admin chose for a member of staff; null for a client's invitation. */
  @Column(name = "language")
  private String language;

  @Version private long version;

  protected Invitation() {}

  Invitation(
      String email, String displayName, Set<Role> roles, String tokenHash, String invitedBy) {
    this.id = Identifiers.newId();
    this.email = email.trim();
    this.displayName = displayName.trim();
    this.roles = EnumSet.copyOf(roles);
    this.invitedBy = invitedBy;
    this.createdAt = Instant.now();
    renew(tokenHash, createdAt);
  }

  /** A fresh link: the old one stops working. */
  void renew(String newTokenHash, Instant now) {
    this.tokenHash = newTokenHash;
    this.expiresAt = now.plus(VALID_FOR);
  }

  boolean isUsableAt(Instant now) {
    return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  void accept(Instant now) {
    this.acceptedAt = now;
  }

  void revoke(Instant now) {
    this.revokedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles);
  }

  public Optional<UUID> clientId() {
    return Optional.ofNullable(clientId);
  }

  Invitation forClient(UUID client) {
    this.clientId = client;
    return this;
  }

  /** The language the inviting admin chose for a member of staff; empty for a client's. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  Invitation inLanguage(String chosen) {
    this.language = chosen;
    return this;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
