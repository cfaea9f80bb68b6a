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
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/** A clinic: the unit of isolation. Its own row is not tenant-owned; everything else of it is. */
@Entity
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(
    name = Tenant.ALL_BY_NAME,
    query = "select t from Tenant t order by lower(t.name), t.id")
@NamedQuery(name = Tenant.COUNT, query = "select count(t) from Tenant t")
public class Tenant {

  static final String BY_SLUG = "Tenant.bySlug";
  public static final String ALL_BY_NAME = "Tenant.allByName";
  public static final String COUNT = "Tenant.count";

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

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "welcome_text")
  private String welcomeText;

  @Column(name = "neutral_name")
  private String neutralName;

  @Column(name = "video_link_template")
  private String videoLinkTemplate;

  @Column(name = "reminder_hours", nullable = false)
  private String reminderHours = "24,1";

  @Column(name = "flag_missed_sessions")
  private int flagMissedSessions = 2;

  @Column(name = "flag_no_check_in_days")
  private int flagNoCheckInDays = 3;

  @Column(name = "flag_craving")
  private int flagCraving = 8;

  @Column(name = "flag_attendance_percent")
  private int flagAttendancePercent = 60;

  @Column(name = "alert_escalation_minutes")
  private int alertEscalationMinutes = 15;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "on_call_account_id")
  private UUID onCallAccountId;

  @Column(name = "crisis_contacts")
  private String crisisContacts;

  /** Kept by database triggers; operators see these counts, never the people behind them. */
  @Column(name = "staff_count", insertable = false, updatable = false)
  private int staffCount;

  @Column(name = "client_count", insertable = false, updatable = false)
  private int clientCount;

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

  public String getStatusReason() {
    return statusReason;
  }

  public int getStaffCount() {
    return staffCount;
  }

  public int getClientCount() {
    return clientCount;
  }

  public ClinicSettings settings() {
    return new ClinicSettings(
        name,
        getTimeZone().getId(),
        contactEmail,
        contactPhone,
        welcomeText,
        videoLinkTemplate,
        reminderHours,
        neutralName);
  }

  /** See {@link ClinicSettings#clientFacingName()}. */
  public String clientFacingName() {
    return settings().clientFacingName();
  }

  public EngagementSettings engagementSettings() {
    return new EngagementSettings(
        flagMissedSessions,
        flagNoCheckInDays,
        flagCraving,
        flagAttendancePercent,
        alertEscalationMinutes,
        onCallAccountId,
        crisisContacts);
  }

  /** Takes the clinic's engagement settings once they are valid (else a field error). */
  public void apply(EngagementSettings settings) {
    settings.validate();
    this.flagMissedSessions = settings.missedSessions();
    this.flagNoCheckInDays = settings.noCheckInDays();
    this.flagCraving = settings.craving();
    this.flagAttendancePercent = settings.attendancePercent();
    this.alertEscalationMinutes = settings.escalationMinutes();
    this.onCallAccountId = settings.onCallAccountId();
    this.crisisContacts = settings.crisisContacts();
  }

  /** Takes the clinic's settings once they are valid (else a field error). */
  public void apply(ClinicSettings settings) {
    settings.validate();
    this.name = settings.name();
    this.timeZone = settings.timeZone();
    this.contactEmail = settings.contactEmail();
    this.contactPhone = settings.contactPhone();
    this.welcomeText = settings.welcomeText();
    this.videoLinkTemplate = settings.videoLinkTemplate();
    this.reminderHours = settings.reminderHours();
    this.neutralName = settings.neutralName();
  }
}
