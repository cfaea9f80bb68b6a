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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A client's place in a group: enrolled, waiting, offered a freed seat, or past. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false)
  private RecoveryGroup group;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrollmentStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "enrolled_at")
  private Instant enrolledAt;

  @Column(name = "offer_expires_at")
  private Instant offerExpiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "ground_rules_accepted_at")
  private Instant groundRulesAcceptedAt;

  @Version private long version;

  protected Enrollment() {}

  Enrollment(RecoveryGroup group, Client client, EnrollmentStatus status, Instant now) {
    this.id = Identifiers.newId();
    this.group = group;
    this.client = client;
    this.status = status;
    this.requestedAt = now;
    if (status == EnrollmentStatus.ENROLLED) {
      this.enrolledAt = now;
    }
  }

  void enrol(Instant now) {
    status = EnrollmentStatus.ENROLLED;
    enrolledAt = now;
    offerExpiresAt = null;
  }

  void offer(Instant expiresAt) {
    status = EnrollmentStatus.OFFERED;
    offerExpiresAt = expiresAt;
  }

  void end(EnrollmentStatus ending, String reason, Instant now) {
    status = ending;
    endReason = reason;
    endedAt = now;
    offerExpiresAt = null;
  }

  void acceptGroundRules(Instant now) {
    groundRulesAcceptedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public RecoveryGroup getGroup() {
    return group;
  }

  public Client getClient() {
    return client;
  }

  public EnrollmentStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Optional<Instant> offerExpiresAt() {
    return Optional.ofNullable(offerExpiresAt);
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endReason() {
    return Optional.ofNullable(endReason);
  }

  public boolean hasAcceptedGroundRules() {
    return groundRulesAcceptedAt != null;
  }

  public long getVersion() {
    return version;
  }
}
