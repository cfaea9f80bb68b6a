package org.aftercare.checkins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A change of a client's recovery start date, kept so that a reset never erases the past. */
@Entity
@Table(name = "recovery_start_change")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class RecoveryStartChange extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "previous_date")
  private LocalDate previousDate;

  @Column(name = "new_date", nullable = false)
  private LocalDate newDate;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "changed_by")
  private UUID changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected RecoveryStartChange() {}

  RecoveryStartChange(UUID clientId, LocalDate previousDate, LocalDate newDate, UUID changedBy) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.previousDate = previousDate;
    this.newDate = newDate;
    this.changedBy = changedBy;
    this.changedAt = Instant.now();
  }

  public LocalDate getPreviousDate() {
    return previousDate;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
