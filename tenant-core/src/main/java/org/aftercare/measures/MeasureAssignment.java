package org.aftercare.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A measure a clinician asked a client to complete, once or every so many days. It is due on its
 * next due day (the clinic's calendar) until answered; answering moves it on by its interval, past
 * any occurrence the client let go by, so missed ones do not pile up. A one-off has no next due day
 * once answered; a stopped one never falls due again.
 */
@Entity
@Table(name = "measure_assignment")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class MeasureAssignment extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Instrument instrument;

  @Column(name = "every_days")
  private Integer everyDays;

  @Column(name = "next_due")
  private LocalDate nextDue;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "assigned_by")
  private UUID assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Version private long version;

  protected MeasureAssignment() {}

  MeasureAssignment(
      UUID clientId,
      Instrument instrument,
      MeasureSchedule schedule,
      LocalDate firstDue,
      UUID assignedBy,
      Instant at) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.instrument = instrument;
    this.everyDays = schedule.everyDays();
    this.nextDue = firstDue;
    this.assignedBy = assignedBy;
    this.assignedAt = at;
  }

  boolean isDueOn(LocalDate day) {
    return stoppedAt == null && nextDue != null && !nextDue.isAfter(day);
  }

  /** Answered on {@code today}: the next occurrence after today, or none for a one-off. */
  void answered(LocalDate today) {
    if (everyDays == null) {
      nextDue = null;
      return;
    }
    LocalDate next = nextDue.plusDays(everyDays);
    while (!next.isAfter(today)) {
      next = next.plusDays(everyDays);
    }
    nextDue = next;
  }

  void stop(Instant at) {
    stoppedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public MeasureSchedule schedule() {
    return new MeasureSchedule(everyDays);
  }

  /** The day it falls due next; empty once a one-off is answered or the measure is stopped. */
  public Optional<LocalDate> nextDue() {
    return stoppedAt == null ? Optional.ofNullable(nextDue) : Optional.empty();
  }

  public boolean isStopped() {
    return stoppedAt != null;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
