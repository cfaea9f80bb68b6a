package org.aftercare.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.Retries;
import org.aftercare.outbound.SecretBox;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook relay's two short transactions, in the current clinic: claiming due deliveries under
 * a lease ({@code FOR UPDATE SKIP LOCKED}, so relays on several instances take different rows) and
 * recording each outcome while the lease holds. A delivery to a removed endpoint is not claimed.
 */
@ApplicationScoped
@TenantAware
class WebhookClaims {

  /** One delivery in hand: where, with which secret, and the exact body to sign and send. */
  record Claimed(UUID id, UUID leaseToken, int attempt, String url, String secret, String body) {}

  @PersistenceContext private EntityManager em;
  @Inject SecretBox secrets;

  @Inject
  @ConfigProperty(name = "aftercare.sharing.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "aftercare.sharing.lease-seconds", defaultValue = "120")
  int leaseSeconds;

  @Transactional(TxType.REQUIRES_NEW)
  List<Claimed> claim(Instant now, int limit) {
    UUID token = UUID.randomUUID();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                // The due rows are chosen once, in a materialised CTE, as the relay's claim does:
                // under the UPDATE a sub-select may be scanned again for each updated row, each
                // scan taking the rows the last one skipped (the relay's claim of two leased a
                // whole backlog). Here the planner happened not to (WebhookClaimsIT passes either
                // way); the CTE makes it so by construction.
                // Only deliveries of active endpoints are chosen: one queued as its endpoint was
                // retired would otherwise take a place in every claim and never be sent.
                "with due as materialized (select q.id from webhook_delivery q"
                    + "   join webhook_subscription a on a.id = q.subscription_id and a.active"
                    + "   where q.status = 'QUEUED' and q.tenant_id = aftercare_current_tenant()"
                    + "   and q.next_attempt_at <= ?3"
                    + "   and (q.lease_until is null or q.lease_until < ?3)"
                    + "   order by q.next_attempt_at for update of q skip locked limit ?4)"
                    + " update webhook_delivery d set lease_until = ?1, lease_token = ?2,"
                    + " attempts = d.attempts + 1"
                    + " from due, webhook_subscription s"
                    + " where d.id = due.id and s.id = d.subscription_id"
                    + " returning d.id, d.attempts, s.url, s.secret_sealed, d.payload")
            .setParameter(1, Timestamp.from(now.plusSeconds(leaseSeconds)))
            .setParameter(2, token)
            .setParameter(3, Timestamp.from(now))
            .setParameter(4, limit)
            .getResultList();
    var claimed = new ArrayList<Claimed>();
    for (Object[] row : rows) {
      UUID id = ClinicSql.uuid(row[0]);
      String secret;
      try {
        secret = secrets.open((String) row[3]);
      } catch (IllegalStateException unreadable) {
        // A secret sealed under another key cannot sign; one such endpoint must not hold up the
        // clinic's others.
        finish(id, token, "DEAD", "The endpoint's secret cannot be read; add it anew.", now);
        continue;
      }
      claimed.add(
          new Claimed(
              id, token, ((Number) row[1]).intValue(), (String) row[2], secret, (String) row[4]));
    }
    return claimed;
  }

  @Transactional(TxType.REQUIRES_NEW)
  void complete(List<Claimed> claims, List<DeliveryOutcome> outcomes, Instant now) {
    for (int i = 0; i < claims.size(); i++) {
      Claimed claim = claims.get(i);
      DeliveryOutcome outcome = outcomes.get(i);
      boolean giveUp =
          outcome.result() == DeliveryOutcome.Result.REJECTED || claim.attempt() >= maxAttempts;
      if (outcome.result() == DeliveryOutcome.Result.DELIVERED) {
        finish(claim, "DELIVERED", null, now);
      } else if (giveUp) {
        finish(claim, "DEAD", "After " + claim.attempt() + " attempts: " + outcome.detail(), now);
      } else {
        ClinicSql.query(
                em,
                "update webhook_delivery set next_attempt_at = ?1, lease_until = null,"
                    + " lease_token = null, last_error = ?2 where id = ?3 and lease_token = ?4")
            .setParameter(1, Timestamp.from(now.plus(Retries.backoff(claim.attempt()))))
            .setParameter(2, clip(outcome.detail()))
            .setParameter(3, claim.id())
            .setParameter(4, claim.leaseToken())
            .executeUpdate();
      }
    }
  }

  private void finish(Claimed claim, String status, String detail, Instant now) {
    finish(claim.id(), claim.leaseToken(), status, detail, now);
  }

  private void finish(UUID id, UUID leaseToken, String status, String detail, Instant now) {
    ClinicSql.query(
            em,
            "update webhook_delivery set status = ?1, last_error = ?2, finished_at = ?3,"
                + " lease_until = null, lease_token = null"
                + " where id = ?4 and lease_token = ?5 and status = 'QUEUED'")
        .setParameter(1, status)
        .setParameter(2, clip(detail))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, id)
        .setParameter(5, leaseToken)
        .executeUpdate();
  }

  private static String clip(String detail) {
    return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }
}
