package org.aftercare.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A peer mentor's assignment to a client; an ended one stays as history. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "mentor_id", nullable = false)
  private UUID mentorId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected MentorAssignment() {}

  MentorAssignment(UUID clientId, UUID mentorId, Instant at) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.mentorId = mentorId;
    this.startedAt = at;
  }

  void end(String reason, Instant at) {
    endedAt = at;
    endReason = reason;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getMentorId() {
    return mentorId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endReason() {
    return Optional.ofNullable(endReason);
  }
}
