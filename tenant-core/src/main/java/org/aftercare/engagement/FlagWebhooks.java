package org.aftercare.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;

/**
 * Tells the clinic's webhook endpoints of flags as they appear. Flags are worked out, not stored,
 * so the reasons already told are kept per client: a flag is told once while it lasts, and again
 * only after it cleared ({@link FlagChanges}). The upkeep runs it hourly, per clinic.
 */
@ApplicationScoped
@TenantAware
public class FlagWebhooks {

  @PersistenceContext private EntityManager em;
  @Inject EngagementFlags flags;
  @Inject Webhooks webhooks;
  @Inject TenantContext tenantContext;

  /** How many clients' new flags were queued. */
  @Transactional
  @Requires({})
  public int publishNewFlags(Instant now) {
    if (!webhooks.isWanted(WebhookEvent.FLAG_RAISED)) {
      return 0;
    }
    var changes = FlagChanges.since(told(), flags.byClient(now));
    int published = 0;
    for (var flagged : changes.raised().entrySet()) {
      UUID client = flagged.getKey();
      Set<FlagReason> fresh = changes.freshOf(client);
      if (!fresh.isEmpty()) {
        webhooks.publish(
            WebhookEvent.FLAG_RAISED,
            Map.of("clientId", client, "reasons", FlagChanges.codes(fresh)));
        published++;
      }
      remember(client, flagged.getValue());
    }
    // Flags that cleared are forgotten, so that they are told again should they return.
    changes.cleared().forEach(this::forget);
    return published;
  }

  private Map<UUID, Set<FlagReason>> told() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(em, "select client_id, reasons from webhook_flag_seen").getResultList();
    Map<UUID, Set<FlagReason>> told = new HashMap<>();
    for (Object[] row : rows) {
      told.put(ClinicSql.uuid(row[0]), FlagChanges.fromCodes((String) row[1]));
    }
    return told;
  }

  private void remember(UUID client, Set<FlagReason> reasons) {
    ClinicSql.query(
            em,
            "insert into webhook_flag_seen (tenant_id, client_id, reasons) values (?1, ?2, ?3)"
                + " on conflict (tenant_id, client_id) do update set reasons = excluded.reasons")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, client)
        .setParameter(3, FlagChanges.codes(reasons))
        .executeUpdate();
  }

  private void forget(UUID client) {
    ClinicSql.query(em, "delete from webhook_flag_seen where client_id = ?1")
        .setParameter(1, client)
        .executeUpdate();
  }
}
