package org.aftercare.webhooks;

import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.outbound.SecretBox;
import org.aftercare.shared.Identifiers;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic admin's webhook endpoints, and the events the features publish to them: each event
 * becomes one delivery per endpoint that chose it, in the transaction of the change itself, so an
 * event is sent exactly when its change committed.
 */
@ApplicationScoped
@TenantAware
public class Webhooks {

  static final String AUDIT_TYPE = "WebhookSubscription";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject SecretBox secrets;
  @Inject AuditService audit;
  @Inject TenantContext tenantContext;

  @Inject
  @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
  boolean allowLoopbackHttp;

  @Transactional
  @Requires(CLINIC_ADMIN)
  public NewSubscription subscribe(String url, Set<WebhookEvent> events, String description) {
    String address = url == null ? "" : url.trim();
    if (OutboundAddresses.allowedUrl(address, allowLoopbackHttp).isEmpty()) {
      throw InvalidInputException.worded(
          "url",
          "Enter an https address on the internet, such as https://example.org/hooks.",
          "refusal.webhooks.url");
    }
    if (events == null || events.isEmpty()) {
      throw InvalidInputException.worded(
          "events", "Choose at least one event.", "refusal.webhooks.events");
    }
    String note = description == null || description.isBlank() ? null : description.trim();
    if (note != null && note.length() > 200) {
      throw InvalidInputException.worded(
          "description",
          "Keep the description to 200 characters.",
          "refusal.webhooks.descriptionTooLong");
    }
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    String sealed;
    try {
      sealed = secrets.seal(secret);
    } catch (InvalidInputException noKey) {
      throw InvalidInputException.worded(
          "url",
          "Signing secrets need aftercare.sharing.secret-key configured; ask your hosting team.",
          "refusal.webhooks.noSecretKey");
    }
    var subscription = new WebhookSubscription(address, events, note, sealed);
    em.persist(subscription);
    audit.record(
        AuditAction.WEBHOOK_SUBSCRIBED, AUDIT_TYPE, subscription.getId(), AuditOutcome.SUCCESS);
    return new NewSubscription(subscription, secret);
  }

  @Requires(CLINIC_ADMIN)
  public List<WebhookSubscription> subscriptions() {
    return em.createQuery(
            "select s from WebhookSubscription s where s.active = true order by s.createdAt",
            WebhookSubscription.class)
        .getResultList();
  }

  /** Stops an endpoint: nothing more is queued for it, and what waits is cancelled. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public void retire(UUID subscriptionId) {
    var subscription = em.find(WebhookSubscription.class, subscriptionId);
    if (subscription == null || !subscription.isActive()) {
      throw new NotFoundException("Webhook endpoint");
    }
    subscription.retire();
    ClinicSql.query(
            em,
            "update webhook_delivery set status = 'CANCELLED', finished_at = now(),"
                + " last_error = 'The endpoint was removed.'"
                + " where subscription_id = ?1 and status = 'QUEUED'")
        .setParameter(1, subscriptionId)
        .executeUpdate();
    audit.record(AuditAction.WEBHOOK_RETIRED, AUDIT_TYPE, subscriptionId, AuditOutcome.SUCCESS);
  }

  /** The latest deliveries, newest first: what the admin checks when an integrator asks. */
  @Requires(CLINIC_ADMIN)
  public List<WebhookDelivery> recentDeliveries(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                "select id, subscription_id, event_type, status, attempts, last_error,"
                    + " created_at, finished_at from webhook_delivery"
                    + " order by created_at desc limit ?1")
            .setParameter(1, Math.clamp(limit, 1, 500))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new WebhookDelivery(
                    ClinicSql.uuid(row[0]),
                    ClinicSql.uuid(row[1]),
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).intValue(),
                    (String) row[5],
                    ((Timestamp) row[6]).toInstant(),
                    row[7] == null ? null : ((Timestamp) row[7]).toInstant()))
        .toList();
  }

  /** Whether any endpoint chose {@code event}: work that only feeds it can be skipped. */
  @Requires({})
  public boolean isWanted(WebhookEvent event) {
    return !endpointsFor(event).isEmpty();
  }

  private List<UUID> endpointsFor(WebhookEvent event) {
    return em.createQuery(
            "select s.id from WebhookSubscription s where s.active = true"
                + " and concat(' ', s.events, ' ') like :type",
            UUID.class)
        .setParameter("type", "% " + event.type() + " %")
        .getResultList();
  }

  /**
   * Queues {@code event} for every endpoint that chose it, in the caller's transaction. Called by
   * the features' own services after their change; {@code ids} name what the event is about.
   */
  @Transactional
  @Requires({})
  public void publish(WebhookEvent event, Map<String, ?> ids) {
    List<UUID> endpoints = endpointsFor(event);
    if (endpoints.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (UUID endpoint : endpoints) {
      UUID id = Identifiers.newId();
      var data = Json.createObjectBuilder();
      ids.forEach((name, value) -> data.add(name, String.valueOf(value)));
      String payload =
          Json.createObjectBuilder()
              .add("type", event.type())
              .add("timestamp", now.toString())
              .add("data", data)
              .build()
              .toString();
      ClinicSql.query(
              em,
              "insert into webhook_delivery (id, tenant_id, subscription_id, event_type, payload,"
                  + " status, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5, 'QUEUED',"
                  + " ?6, ?6)")
          .setParameter(1, id)
          .setParameter(2, tenantContext.tenantId().orElseThrow())
          .setParameter(3, endpoint)
          .setParameter(4, event.type())
          .setParameter(5, payload)
          .setParameter(6, Timestamp.from(now))
          .executeUpdate();
    }
  }
}
