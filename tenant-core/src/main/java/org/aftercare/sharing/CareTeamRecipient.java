package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A member of a client's outside care team who may receive their summaries: who they are, the
 * connection their system listens on, the number the client's record has there, and how often.
 */
@Entity
@Table(name = "care_team_recipient")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class CareTeamRecipient extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  /** The connection summaries are sent through; null when the recipient's EHR pulls. */
  @Convert(NullableUuidConverter.NAME)
  @Column(name = "endpoint_id")
  private UUID endpointId;

  /** The API client the recipient's EHR pulls as; null when summaries are sent. */
  @Convert(NullableUuidConverter.NAME)
  @Column(name = "api_client_id")
  private UUID apiClientId;

  @Column(nullable = false)
  private String name;

  @Column(name = "patient_system")
  private String patientSystem;

  @Column(name = "patient_mrn", nullable = false)
  private String patientMrn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Cadence cadence;

  /** ISO day of week, Monday 1, for weekly summaries. */
  @Column(name = "send_day")
  private Integer sendDay;

  @Column(name = "send_time", nullable = false)
  private LocalTime sendTime;

  @Column(name = "on_new_flag", nullable = false)
  private boolean onNewFlag;

  /** The reasons of the flags last sent, sorted and comma-separated; null when none. */
  @Column(name = "flags_sent")
  private String flagsSent;

  @Column(name = "next_send_at")
  private Instant nextSendAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CareTeamRecipient() {}

  CareTeamRecipient(UUID clientId, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.createdAt = at;
  }

  void apply(RecipientDetails details) {
    endpointId = details.endpointId();
    apiClientId = details.apiClientId();
    name = details.name();
    patientSystem = details.patientSystem();
    patientMrn = details.patientMrn();
    cadence = details.cadence();
    sendDay = details.day() == null ? null : details.day().getValue();
    sendTime = details.time();
    onNewFlag = details.onNewFlag();
  }

  SendingSchedule schedule() {
    return new SendingSchedule(
        cadence, sendDay == null ? DayOfWeek.MONDAY : DayOfWeek.of(sendDay), sendTime);
  }

  void scheduleNext(Instant next) {
    nextSendAt = next;
  }

  /**
   * Whether these flag reasons are news to this recipient, remembering them either way: the same
   * flags go once; once they clear, their return goes again.
   */
  boolean takeNewFlags(String reasons) {
    boolean news = reasons != null && !reasons.equals(flagsSent);
    flagsSent = reasons;
    return news;
  }

  void remove(Instant at) {
    removedAt = at;
    nextSendAt = null;
  }

  public RecipientDetails details() {
    return new RecipientDetails(
        endpointId,
        apiClientId,
        name,
        patientSystem,
        patientMrn,
        cadence,
        sendDay == null ? null : DayOfWeek.of(sendDay),
        sendTime,
        onNewFlag);
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getEndpointId() {
    return endpointId;
  }

  public UUID getApiClientId() {
    return apiClientId;
  }

  /** Whether the recipient's EHR fetches through the FHIR API, so that nothing is sent to it. */
  public boolean pulls() {
    return apiClientId != null;
  }

  public String getName() {
    return name;
  }

  public String getPatientSystem() {
    return patientSystem;
  }

  public String getPatientMrn() {
    return patientMrn;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public boolean isOnNewFlag() {
    return onNewFlag;
  }

  public Instant getNextSendAt() {
    return nextSendAt;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }
}
