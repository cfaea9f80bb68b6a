package org.aftercare.checkins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/** A client's "I need support now": open until a member of staff acknowledges it. */
@Entity
@Table(name = "support_alert")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class SupportAlert extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "acknowledged_by")
  private UUID acknowledgedBy;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Version private long version;

  protected SupportAlert() {}

  SupportAlert(UUID clientId, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.raisedAt = at;
  }

  void acknowledge(UUID by, Instant at) {
    acknowledgedBy = by;
    acknowledgedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public boolean isOpen() {
    return acknowledgedAt == null;
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  public boolean isEscalated() {
    return escalatedAt != null;
  }
}
