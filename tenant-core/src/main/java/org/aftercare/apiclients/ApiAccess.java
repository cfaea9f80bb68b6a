package org.aftercare.apiclients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The token endpoint's bookkeeping and the check of every API request, in the clinic the client id
 * or the token named: a client assertion is used once, tokens live five minutes, and a token is
 * honoured only while its client is enabled. The portal's own work: the caller is not known yet.
 */
@ApplicationScoped
@TenantAware
public class ApiAccess {

  /** SMART Backend Services: access tokens are short-lived; five minutes is the IG's advice. */
  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;

  /** The client when it may be issued tokens now. */
  @Requires({})
  public Optional<ApiClient> usableClient(UUID apiClientId) {
    return Optional.ofNullable(em.find(ApiClient.class, apiClientId)).filter(ApiClient::isUsable);
  }

  /**
   * Records an assertion's {@code jti}; false when the client used it before (a replay). Entries
   * are kept until the assertion would have expired, then dropped.
   */
  @Transactional
  @Requires({})
  public boolean useAssertionOnce(UUID apiClientId, String jti, Instant expiresAt, Instant now) {
    ClinicSql.query(em, "delete from api_assertion where expires_at < ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    int inserted =
        ClinicSql.query(
                em,
                "insert into api_assertion (tenant_id, api_client_id, jti, expires_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, tenantContext.tenantId().orElseThrow())
            .setParameter(2, apiClientId)
            .setParameter(3, jti)
            .setParameter(4, Timestamp.from(expiresAt))
            .executeUpdate();
    return inserted == 1;
  }

  /** A new access token with the scopes asked for that the client is allowed. */
  @Transactional
  @Requires({})
  public IssuedToken issue(UUID apiClientId, Set<String> scopes, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expiresAt = now.plus(TOKEN_LIFETIME);
    String granted = String.join(" ", new TreeSet<>(scopes));
    ClinicSql.query(em, "delete from api_access_token where expires_at < ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    ClinicSql.query(
            em,
            "insert into api_access_token"
                + " (token_hash, tenant_id, api_client_id, scopes, issued_at, expires_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, ApiClientDirectory.digest(token))
        .setParameter(2, tenantContext.tenantId().orElseThrow())
        .setParameter(3, apiClientId)
        .setParameter(4, granted)
        .setParameter(5, Timestamp.from(now))
        .setParameter(6, Timestamp.from(expiresAt))
        .executeUpdate();
    audit.record(
        "API client " + apiClientId,
        AuditAction.API_TOKEN_ISSUED,
        ApiClients.AUDIT_TYPE,
        apiClientId,
        AuditOutcome.SUCCESS);
    return new IssuedToken(token, expiresAt, new TreeSet<>(scopes));
  }

  /**
   * Who holds {@code token}: its client and scopes while it has not expired and its client is
   * enabled; empty otherwise (a disabled or removed client's tokens stop at once).
   */
  @Requires({})
  public Optional<ApiCaller> holderOf(String token, Instant now) {
    List<?> rows =
        ClinicSql.query(
                em,
                "select t.api_client_id, t.scopes from api_access_token t"
                    + " where t.token_hash = ?1 and t.expires_at > ?2")
            .setParameter(1, ApiClientDirectory.digest(token))
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.getFirst();
    return usableClient(ClinicSql.uuid(row[0]))
        .map(
            client ->
                new ApiCaller(
                    tenantContext.tenantId().orElseThrow(),
                    client.getId(),
                    client.getName(),
                    Set.copyOf(Arrays.asList(((String) row[1]).split(" ")))));
  }
}
