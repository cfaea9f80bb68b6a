package org.aftercare.apiclients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftercare.access.Caller;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The answers to requests an API client sent with an {@code Idempotency-Key}, kept a day. Claimed
 * in the transaction of the write itself: a retry sent while the first is still running waits on
 * the key's row and then gets the first answer; a first attempt that failed leaves no key behind.
 */
@ApplicationScoped
@TenantAware
public class IdempotentRequests {

  public static final Duration KEPT = Duration.ofHours(24);

  /** What the first request was answered. */
  public record Answer(int status, String location, String body) {}

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject TenantContext tenantContext;

  /**
   * Claims {@code key} for this request: empty when it is new (go ahead and answer it), the first
   * answer when the same request came before, refused when the key came with another request.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public Optional<Answer> claim(String key, String requestHash, Instant now) {
    var client = caller.requireApiClient().apiClientId();
    ClinicSql.query(em, "delete from api_idempotency where api_client_id = ?1 and created_at < ?2")
        .setParameter(1, client)
        .setParameter(2, Timestamp.from(now.minus(KEPT)))
        .executeUpdate();
    int claimed =
        ClinicSql.query(
                em,
                "insert into api_idempotency"
                    + " (tenant_id, api_client_id, idempotency_key, request_hash, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, tenantContext.tenantId().orElseThrow())
            .setParameter(2, client)
            .setParameter(3, key)
            .setParameter(4, requestHash)
            .setParameter(5, Timestamp.from(now))
            .executeUpdate();
    if (claimed == 1) {
      return Optional.empty();
    }
    List<?> rows =
        ClinicSql.query(
                em,
                "select request_hash, status, location, body from api_idempotency"
                    + " where api_client_id = ?1 and idempotency_key = ?2")
            .setParameter(1, client)
            .setParameter(2, key)
            .getResultList();
    Object[] row = (Object[]) rows.getFirst();
    if (!requestHash.equals(row[0])) {
      throw InvalidInputException.worded(
          "Idempotency-Key",
          "This key came before with a different request; use a new key.",
          "refusal.apiclients.idempotencyKeyReused");
    }
    return Optional.of(new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
  }

  /** Keeps the answer to a claimed key, in the same transaction as the write it answers. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public void answer(String key, Answer answer) {
    ClinicSql.query(
            em,
            "update api_idempotency set status = ?1, location = ?2, body = ?3"
                + " where api_client_id = ?4 and idempotency_key = ?5")
        .setParameter(1, answer.status())
        .setParameter(2, answer.location())
        .setParameter(3, answer.body())
        .setParameter(4, caller.requireApiClient().apiClientId())
        .setParameter(5, key)
        .executeUpdate();
  }
}
