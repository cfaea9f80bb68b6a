package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Cancels queued messages whose reason to go has gone — a revoked consent, a removed recipient, a
 * retired connection — in the caller's transaction, so the change and the cancellation commit
 * together. A message a relay holds at that moment is cancelled too; if its delivery was already
 * under way, the disclosure it makes is still recorded.
 */
@ApplicationScoped
@TenantAware
class OutboxCancellations {

  @PersistenceContext private EntityManager em;

  int forConsent(UUID consentId, String why, Instant at) {
    return cancel("consent_id", consentId, why, at);
  }

  int forRecipient(UUID recipientId, String why, Instant at) {
    return cancel("recipient_id", recipientId, why, at);
  }

  int forEndpoint(UUID endpointId, String why, Instant at) {
    return cancel("endpoint_id", endpointId, why, at);
  }

  private int cancel(String column, UUID id, String why, Instant at) {
    return ClinicSql.query(
            em,
            "update outbox_message set status = 'CANCELLED', last_error = ?, finished_at = ?,"
                + " lease_until = null, lease_token = null, version = version + 1"
                + " where "
                + column
                + " = ?::uuid and status = 'QUEUED'")
        .setParameter(1, why)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, id.toString())
        .executeUpdate();
  }
}
