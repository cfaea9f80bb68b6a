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

/** A client's confidential concern about a session, for the clinic's clinicians to handle. */
@Entity
@Table(name = "session_concern")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class SessionConcern extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private GroupSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Column(nullable = false)
  private String body;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by")
  @Convert(NullableUuidConverter.NAME)
  private UUID handledBy;

  protected SessionConcern() {}

  SessionConcern(GroupSession session, Client client, String body, Instant at) {
    this.id = Identifiers.newId();
    this.session = session;
    this.client = client;
    this.body = body;
    this.reportedAt = at;
  }

  /** The first handling stands; a second click changes nothing. */
  void handle(UUID by, Instant at) {
    if (handledAt == null) {
      handledBy = by;
      handledAt = at;
    }
  }

  public UUID getId() {
    return id;
  }

  public GroupSession getSession() {
    return session;
  }

  public UUID clientId() {
    return client.getId();
  }

  public String clientName() {
    return client.getDisplayName();
  }

  public String getBody() {
    return body;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public boolean isHandled() {
    return handledAt != null;
  }

  public Optional<Instant> handledAt() {
    return Optional.ofNullable(handledAt);
  }
}
