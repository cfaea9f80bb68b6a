package org.aftercare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A password-reset link sent to an account's e-mail: one hour, once. */
@Entity
@Table(name = "password_reset")
@NamedQuery(
    name = PasswordReset.BY_TOKEN_HASH,
    query = "select r from PasswordReset r where r.tokenHash = :tokenHash")
class PasswordReset extends TenantOwned {

  static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";
  static final Duration VALID_FOR = Duration.ofHours(1);

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected PasswordReset() {}

  PasswordReset(UUID accountId, String tokenHash, Instant now) {
    this.id = Identifiers.newId();
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(VALID_FOR);
  }

  boolean isUsableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  UUID accountId() {
    return accountId;
  }
}
