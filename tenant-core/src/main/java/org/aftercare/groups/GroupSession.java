package org.aftercare.groups;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * One meeting of a group. {@code occurrence} is the start the rule gave it (the iCalendar
 * RECURRENCE-ID) and never changes, so a moved or cancelled session stays tied to its place in the
 * series when the series is extended or its rule edited.
 */
@Entity
@Table(name = "group_session")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class GroupSession extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false)
  private RecoveryGroup group;

  @Column(nullable = false, updatable = false)
  private Instant occurrence;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionStatus status = SessionStatus.SCHEDULED;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "substitute_facilitator_id")
  private UUID substituteFacilitatorId;

  @Column(name = "meeting_link")
  private String meetingLink;

  @Version private long version;

  protected GroupSession() {}

  GroupSession(RecoveryGroup group, Instant occurrence, Duration duration) {
    this.id = Identifiers.newId();
    this.group = group;
    this.occurrence = occurrence;
    this.startsAt = occurrence;
    this.endsAt = occurrence.plus(duration);
  }

  /** Moved or cancelled by hand: kept as it is when the series is recomputed. */
  boolean isChangedByHand() {
    return status == SessionStatus.CANCELLED || !startsAt.equals(occurrence);
  }

  void retime(Instant start, Duration duration) {
    this.startsAt = start;
    this.endsAt = start.plus(duration);
  }

  void cancel(String reason) {
    this.status = SessionStatus.CANCELLED;
    this.cancelReason = reason;
  }

  void substitute(UUID accountId) {
    this.substituteFacilitatorId = accountId;
  }

  void useMeetingLink(String link) {
    this.meetingLink = link;
  }

  public UUID getId() {
    return id;
  }

  public RecoveryGroup getGroup() {
    return group;
  }

  public Instant getOccurrence() {
    return occurrence;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Duration duration() {
    return Duration.between(startsAt, endsAt);
  }

  public boolean isMoved() {
    return !startsAt.equals(occurrence);
  }

  public SessionStatus getStatus() {
    return status;
  }

  public boolean isCancelled() {
    return status == SessionStatus.CANCELLED;
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public Optional<UUID> substituteFacilitator() {
    return Optional.ofNullable(substituteFacilitatorId);
  }

  /** The link set for this one session, if any; see {@link MeetingLinks} for the full rule. */
  public Optional<String> ownMeetingLink() {
    return Optional.ofNullable(meetingLink);
  }

  public long getVersion() {
    return version;
  }
}
