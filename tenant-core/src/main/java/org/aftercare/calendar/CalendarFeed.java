package org.aftercare.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A person's secret calendar URL; only the token's SHA-256 is kept, and a revoked one is dead. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.CURRENT_OF,
    query = "select f from CalendarFeed f where f.accountId = :account and f.revokedAt is null")
@NamedQuery(
    name = CalendarFeed.BY_HASH,
    query = "select f from CalendarFeed f where f.tokenHash = :hash and f.revokedAt is null")
public class CalendarFeed extends TenantOwned {

  static final String CURRENT_OF = "CalendarFeed.currentOf";
  static final String BY_HASH = "CalendarFeed.byHash";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected CalendarFeed() {}

  CalendarFeed(UUID accountId, String tokenHash) {
    this.id = Identifiers.newId();
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
  }

  void revoke() {
    revokedAt = Instant.now();
  }

  public UUID getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
