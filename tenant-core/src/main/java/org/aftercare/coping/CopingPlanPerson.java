package org.aftercare.coping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** One person to call on a coping plan, in the order the client listed them. */
@Entity
@Table(name = "coping_plan_person")
public class CopingPlanPerson extends TenantOwned {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Column(name = "position", nullable = false)
  private int listedAs;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String phone;

  protected CopingPlanPerson() {}

  CopingPlanPerson(UUID planId, int position, PersonToCall person) {
    this.id = Identifiers.newId();
    this.planId = planId;
    this.listedAs = position;
    this.name = person.name();
    this.phone = person.phone();
  }

  PersonToCall person() {
    return new PersonToCall(name, phone);
  }
}
