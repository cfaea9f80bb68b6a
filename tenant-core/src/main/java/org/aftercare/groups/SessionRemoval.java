package org.aftercare.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A client taken out of one session by its facilitator, with the note of what happened. Readmitting
 * closes the removal and keeps the note; the client's place in the group is never touched.
 */
@Entity
@Table(name = "session_removal")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class SessionRemoval extends TenantOwned {

  public static final int NOTE_MAX = 1000;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private GroupSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Column(nullable = false)
  private String note;

  @Column(name = "removed_at", nullable = false)
  private Instant removedAt;

  @Column(name = "removed_by", nullable = false)
  private UUID removedBy;

  @Column(name = "readmitted_at")
  private Instant readmittedAt;

  @Column(name = "readmitted_by")
  @Convert(NullableUuidConverter.NAME)
  private UUID readmittedBy;

  protected SessionRemoval() {}

  SessionRemoval(GroupSession session, Client client, String note, UUID by, Instant at) {
    this.id = Identifiers.newId();
    this.session = session;
    this.client = client;
    this.note = note;
    this.removedBy = by;
    this.removedAt = at;
  }

  void readmit(UUID by, Instant at) {
    readmittedBy = by;
    readmittedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID clientId() {
    return client.getId();
  }

  public String clientName() {
    return client.getDisplayName();
  }

  public String getNote() {
    return note;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public UUID getRemovedBy() {
    return removedBy;
  }

  public boolean isInForce() {
    return readmittedAt == null;
  }

  public Optional<Instant> readmittedAt() {
    return Optional.ofNullable(readmittedAt);
  }
}
