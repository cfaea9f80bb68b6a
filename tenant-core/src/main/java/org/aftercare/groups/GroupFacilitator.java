package org.aftercare.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A member of staff who leads a group's sessions. */
@Entity
@Table(name = "group_facilitator")
public class GroupFacilitator extends TenantOwned {

  @Id private UUID id;

  @Column(name = "group_id", nullable = false)
  private UUID groupId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  protected GroupFacilitator() {}

  GroupFacilitator(UUID groupId, UUID accountId) {
    this.id = Identifiers.newId();
    this.groupId = groupId;
    this.accountId = accountId;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public UUID getAccountId() {
    return accountId;
  }
}
