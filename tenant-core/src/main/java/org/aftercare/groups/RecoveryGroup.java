package org.aftercare.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A facilitated aftercare group the clinic runs on a recurring schedule. */
@Entity
@Table(name = "recovery_group")
public class RecoveryGroup extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Modality modality;

  private String tradition;
  private String description;

  @Column(name = "ground_rules")
  private String groundRules;

  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentPolicy enrolment;

  @Column(name = "camera_optional")
  private boolean cameraOptional;

  @Column(name = "first_names_only")
  private boolean firstNamesOnly;

  @Column(name = "meeting_link")
  private String meetingLink;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupStatus status = GroupStatus.ACTIVE;

  @Column(name = "recurrence_rule", nullable = false)
  private String recurrenceRule;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected RecoveryGroup() {}

  RecoveryGroup(GroupDetails details) {
    this.id = Identifiers.newId();
    apply(details);
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  final void apply(GroupDetails details) {
    this.name = details.name();
    this.modality = details.modality();
    this.tradition = details.tradition();
    this.description = details.description();
    this.groundRules = details.groundRules();
    this.capacity = details.capacity();
    this.enrolment = details.enrolment();
    this.cameraOptional = details.cameraOptional();
    this.firstNamesOnly = details.firstNamesOnly();
    this.meetingLink = details.meetingLink();
    Schedule schedule = details.schedule();
    this.recurrenceRule = schedule.rule();
    this.firstDay = schedule.firstDay();
    this.startTime = schedule.startTime();
    this.durationMinutes = schedule.durationMinutes();
    this.timeZone = schedule.timeZone();
  }

  /** What an editor shows and changes; the facilitators live in their own rows. */
  public GroupDetails details() {
    return new GroupDetails(
        name,
        modality,
        tradition,
        description,
        groundRules,
        capacity,
        enrolment,
        cameraOptional,
        firstNamesOnly,
        meetingLink,
        schedule());
  }

  public Schedule schedule() {
    return new Schedule(recurrenceRule, firstDay, startTime, durationMinutes, timeZone);
  }

  void archive() {
    status = GroupStatus.ARCHIVED;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Modality getModality() {
    return modality;
  }

  public String getGroundRules() {
    return groundRules;
  }

  public int getCapacity() {
    return capacity;
  }

  public EnrolmentPolicy getEnrolment() {
    return enrolment;
  }

  public boolean isFirstNamesOnly() {
    return firstNamesOnly;
  }

  public String getMeetingLink() {
    return meetingLink;
  }

  public GroupStatus getStatus() {
    return status;
  }

  public long getVersion() {
    return version;
  }
}
