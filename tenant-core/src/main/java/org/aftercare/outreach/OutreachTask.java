package org.aftercare.outreach;

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
import java.util.Set;
import java.util.UUID;
import org.aftercare.engagement.FlagChanges;
import org.aftercare.engagement.FlagReason;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * One follow-up of one flag episode: for the client's mentor, or for the clinic's clinicians when
 * {@link #mentorId()} is empty. The upkeep ({@link FlagFollowUps}) opens it and writes what the
 * flags do to it in guarded statements of its own; people close it here.
 */
@Entity
@Table(name = "outreach_task")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class OutreachTask extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "mentor_id")
  private UUID mentorId;

  @Column(name = "reasons", nullable = false)
  private String reasons;

  @Column(name = "flags_seen", nullable = false)
  private String flagsSeen;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TaskStatus status;

  @Column(name = "snoozed_until")
  private LocalDate snoozedUntil;

  @Column(name = "snooze_reason")
  private String snoozeReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private OutreachOutcome outcome;

  @Column(name = "outcome_note")
  private String outcomeNote;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "closed_by")
  private UUID closedBy;

  @Column(name = "episode_ended_at")
  private Instant episodeEndedAt;

  @Version private long version;

  protected OutreachTask() {}

  void done(OutreachOutcome outcome, String note, UUID by, Instant at) {
    this.status = TaskStatus.DONE;
    this.outcome = outcome;
    this.outcomeNote = note;
    this.closedBy = by;
    this.closedAt = at;
  }

  void snooze(LocalDate until, String reason) {
    this.snoozedUntil = until;
    this.snoozeReason = reason;
    this.dueOn = until;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public Optional<UUID> mentorId() {
    return Optional.ofNullable(mentorId);
  }

  /** Every reason the episode has had, the ones that cleared meanwhile too. */
  public Set<FlagReason> reasons() {
    return FlagChanges.fromCodes(reasons);
  }

  /** The reasons the client was flagged for when the upkeep last looked. */
  Set<FlagReason> flagsSeen() {
    return FlagChanges.fromCodes(flagsSeen);
  }

  public boolean isUrgent() {
    return urgent;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public boolean isOpen() {
    return status == TaskStatus.OPEN;
  }

  public boolean isOverdueOn(LocalDate today) {
    return isOpen() && dueOn.isBefore(today);
  }

  /** Snoozed to a day still to come. */
  public boolean isSnoozedOn(LocalDate today) {
    return isOpen() && snoozedUntil != null && snoozedUntil.isAfter(today);
  }

  public Optional<LocalDate> snoozedUntil() {
    return Optional.ofNullable(snoozedUntil);
  }

  public Optional<String> snoozeReason() {
    return Optional.ofNullable(snoozeReason);
  }

  public Optional<OutreachOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> outcomeNote() {
    return Optional.ofNullable(outcomeNote);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<UUID> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  /**
   * Whether the flag episode is over (its flags cleared, or news after it was done began another).
   */
  public boolean isEpisodeOver() {
    return episodeEndedAt != null;
  }
}
