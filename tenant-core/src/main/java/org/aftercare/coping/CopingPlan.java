package org.aftercare.coping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** A client's own coping plan; its people to call are {@link CopingPlanPerson} rows. */
@Entity
@Table(name = "coping_plan")
public class CopingPlan extends TenantOwned {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  private String triggers;

  @Column(name = "warning_signs")
  private String warningSigns;

  @Column(name = "what_helps")
  private String whatHelps;

  private String reasons;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CopingPlan() {}

  CopingPlan(UUID clientId) {
    this.id = Identifiers.newId();
    this.clientId = clientId;
  }

  void rewrite(CopingPlanContents contents, Instant at) {
    triggers = contents.triggers();
    warningSigns = contents.warningSigns();
    whatHelps = contents.whatHelps();
    reasons = contents.reasons();
    updatedAt = at;
  }

  CopingPlanContents contents(List<PersonToCall> people) {
    return new CopingPlanContents(triggers, warningSigns, whatHelps, people, reasons);
  }

  UUID getId() {
    return id;
  }
}
