package org.aftercare.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.shared.Identifiers;

/** A clinic: the unit of isolation. Its own row is not tenant-owned; everything else of it is. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
public class Tenant {

  static final String BY_SLUG = "Tenant.bySlug";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Tenant() {}

  public Tenant(String slug, String name, ZoneId timeZone) {
    this.id = Identifiers.newId();
    this.slug = slug;
    this.name = name;
    this.timeZone = timeZone.getId();
    this.status = TenantStatus.ACTIVE;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public TenantStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
