package org.aftercare.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/** A resource staff gave to a whole group or to one client: exactly one of the two. */
@Entity
@Table(name = "resource_assignment")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class ResourceAssignment extends TenantOwned {

  @Id private UUID id;

  @Column(name = "resource_id", nullable = false)
  private UUID resourceId;

  @Column(name = "group_id")
  @Convert(NullableUuidConverter.NAME)
  private UUID groupId;

  @Column(name = "client_id")
  @Convert(NullableUuidConverter.NAME)
  private UUID clientId;

  /** Who assigned it; none for the portal's own work, such as the demo's seeding. */
  @Column(name = "assigned_by")
  @Convert(NullableUuidConverter.NAME)
  private UUID assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected ResourceAssignment() {}

  private ResourceAssignment(
      UUID resourceId, UUID groupId, UUID clientId, UUID assignedBy, Instant at) {
    this.id = Identifiers.newId();
    this.resourceId = resourceId;
    this.groupId = groupId;
    this.clientId = clientId;
    this.assignedBy = assignedBy;
    this.assignedAt = at;
  }

  static ResourceAssignment toGroup(UUID resourceId, UUID groupId, UUID by, Instant at) {
    return new ResourceAssignment(resourceId, groupId, null, by, at);
  }

  static ResourceAssignment toClient(UUID resourceId, UUID clientId, UUID by, Instant at) {
    return new ResourceAssignment(resourceId, null, clientId, by, at);
  }

  public UUID getId() {
    return id;
  }

  UUID getResourceId() {
    return resourceId;
  }

  UUID getGroupId() {
    return groupId;
  }

  UUID getClientId() {
    return clientId;
  }

  Instant getAssignedAt() {
    return assignedAt;
  }
}
