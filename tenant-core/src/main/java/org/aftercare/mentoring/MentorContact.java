package org.aftercare.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** One entry in a mentor's contact log, with an optional follow-up date. */
@Entity
@Table(name = "mentor_contact")
public class MentorContact extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "mentor_id", nullable = false)
  private UUID mentorId;

  @Column(name = "contact_date", nullable = false)
  private LocalDate contactDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactChannel channel;

  private String note;

  @Column(name = "follow_up_date")
  private LocalDate followUpDate;

  @Column(name = "follow_up_done_at")
  private Instant followUpDoneAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MentorContact() {}

  MentorContact(UUID clientId, UUID mentorId, ContactLog entry) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
    this.mentorId = mentorId;
    this.contactDate = entry.date();
    this.channel = entry.channel();
    this.note = entry.note();
    this.followUpDate = entry.followUp();
    this.createdAt = Instant.now();
  }

  void followedUp(Instant at) {
    followUpDoneAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getClientId() {
    return clientId;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Optional<LocalDate> followUp() {
    return Optional.ofNullable(followUpDate).filter(date -> followUpDoneAt == null);
  }
}
