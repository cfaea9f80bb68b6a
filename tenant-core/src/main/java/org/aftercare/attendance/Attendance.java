package org.aftercare.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.groups.GroupSession;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * One client's attendance at one session. A client's own check-in is marked self-reported until a
 * facilitator saves the roster; who recorded it and when is kept, and every save is audited.
 */
@Entity
@Table(name = "attendance")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class Attendance extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private GroupSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttendanceStatus status;

  @Column(name = "excuse_reason")
  private String excuseReason;

  @Column(name = "self_reported")
  private boolean selfReported;

  @Column(name = "drop_in")
  private boolean dropIn;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected Attendance() {}

  Attendance(GroupSession session, Client client, boolean dropIn) {
    this.id = Identifiers.newId();
    this.session = session;
    this.client = client;
    this.dropIn = dropIn;
  }

  void recordByStaff(AttendanceStatus status, String reason, UUID by, Instant at) {
    this.status = status;
    this.excuseReason = status == AttendanceStatus.EXCUSED ? reason : null;
    this.selfReported = false;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  void recordByClient(AttendanceStatus status, Instant at) {
    this.status = status;
    this.selfReported = true;
    this.recordedBy = null;
    this.recordedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public GroupSession getSession() {
    return session;
  }

  public Client getClient() {
    return client;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public Optional<String> excuseReason() {
    return Optional.ofNullable(excuseReason);
  }

  public boolean isSelfReported() {
    return selfReported;
  }

  public boolean isDropIn() {
    return dropIn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
