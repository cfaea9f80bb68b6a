package org.aftercare.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A client's answers to one worksheet: a draft only they see until they submit it, then what their
 * clinician and their group's facilitators read. The answers are {@link WorksheetAnswer} rows.
 */
@Entity
@Table(name = "worksheet_response")
public class WorksheetResponse extends TenantOwned {

  @Id private UUID id;

  @Column(name = "resource_id", nullable = false)
  private UUID resourceId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected WorksheetResponse() {}

  WorksheetResponse(UUID resourceId, UUID clientId, Instant at) {
    this.id = Identifiers.newId();
    this.resourceId = resourceId;
    this.clientId = clientId;
    this.updatedAt = at;
  }

  void touch(Instant at) {
    updatedAt = at;
  }

  void submit(Instant at) {
    updatedAt = at;
    submittedAt = at;
  }

  boolean isSubmitted() {
    return submittedAt != null;
  }

  UUID getId() {
    return id;
  }

  UUID getClientId() {
    return clientId;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }
}
