package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.Retries;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's two short transactions per message, in the current clinic: claiming due messages
 * under a lease ({@code FOR UPDATE SKIP LOCKED}, so relays on several instances take different
 * rows), and recording the outcome only while the lease still holds. A message whose consent is no
 * longer in force, or whose recipient or connection is gone, is cancelled at claim time instead.
 */
@ApplicationScoped
@TenantAware
class RelayClaims {

  @PersistenceContext private EntityManager em;
  @Inject Consents consents;
  @Inject CareTeams careTeams;
  @Inject ClinicSettingsService clinic;

  @Inject
  @ConfigProperty(name = "aftercare.sharing.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "aftercare.sharing.lease-seconds", defaultValue = "120")
  int leaseSeconds;

  @Transactional(TxType.REQUIRES_NEW)
  List<Claim> claim(Instant now, int limit) {
    UUID token = UUID.randomUUID();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                // The due rows are chosen once, in a materialised CTE: as a sub-select under the
                // UPDATE, the planner may scan them again for each row it updates, and each scan
                // skips the rows this statement has just leased and takes the next ones, so one
                // claim of two leased a whole backlog (bench/faults: 200 at once, delivered in one
                // unbounded batch that outlived its lease and went out twice).
                "with due as materialized (select id from outbox_message"
                    + "   where status = 'QUEUED' and tenant_id = aftercare_current_tenant()"
                    + "   and next_attempt_at <= ? and (lease_until is null or lease_until < ?)"
                    + "   order by next_attempt_at for update skip locked limit ?)"
                    + " update outbox_message m set lease_until = ?, lease_token = ?::uuid,"
                    + " attempts = m.attempts + 1, version = m.version + 1"
                    + " from due where m.id = due.id"
                    + " returning m.id, m.attempts, m.kind, m.recipient_id, m.endpoint_id,"
                    + " m.payload")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, limit)
            .setParameter(4, Timestamp.from(now.plusSeconds(leaseSeconds)))
            .setParameter(5, token.toString())
            .getResultList();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(clinic.current().timeZone()));
    var claims = new ArrayList<Claim>();
    for (Object[] row : rows) {
      UUID id = ClinicSql.uuid(row[0]);
      SummaryMessage message;
      try {
        message = SummaryPayloads.read((String) row[5]);
      } catch (IllegalArgumentException unreadable) {
        // No attempt could send it (a packaged portal once queued summaries as "{}"): dead at
        // once, so that it holds up neither the clinic's other messages nor the next claims.
        finish(id, token, "DEAD", "The queued summary could not be read; send it again.", now);
        continue;
      }
      CareTeamRecipient recipient = em.find(CareTeamRecipient.class, ClinicSql.uuid(row[3]));
      CareTeamEndpoint endpoint = em.find(CareTeamEndpoint.class, ClinicSql.uuid(row[4]));
      String stop = reasonNotToSend(message, recipient, endpoint, today);
      if (stop != null) {
        finish(id, token, "CANCELLED", stop, now);
        continue;
      }
      claims.add(
          new Claim(
              id,
              token,
              ((Number) row[1]).intValue(),
              EndpointKind.valueOf((String) row[2]),
              message,
              careTeams.addressOf(endpoint)));
    }
    // Every row taken was cancelled: others may still be due behind them.
    return claims.isEmpty() && !rows.isEmpty() ? claim(now, limit) : claims;
  }

  /** The consent is checked again at delivery time: revoked or expired since queuing stops it. */
  private String reasonNotToSend(
      SummaryMessage message,
      CareTeamRecipient recipient,
      CareTeamEndpoint endpoint,
      LocalDate today) {
    if (recipient == null || recipient.isRemoved()) {
      return "The recipient was removed from the care team.";
    }
    if (endpoint == null || !endpoint.isActive()) {
      return "The connection was retired.";
    }
    Consent consent = em.find(Consent.class, message.consentId());
    if (consent == null || !consent.covers(recipient.getId(), today)) {
      return consent != null && consent.isRevoked()
          ? "The consent was revoked before delivery."
          : "The consent is no longer in force.";
    }
    return null;
  }

  /**
   * Records a batch's outcomes ({@code outcomes} in the order of {@code claims}) in one transaction
   * of its own. A delivery is a disclosure even when the lease was lost meanwhile (the receiver has
   * it): the accounting records it once. Should this transaction fail, the messages go again after
   * their lease, and the receivers recognise them by their ids.
   */
  @Transactional(TxType.REQUIRES_NEW)
  void complete(List<Claim> claims, List<DeliveryOutcome> outcomes, Instant now) {
    for (int i = 0; i < claims.size(); i++) {
      record(claims.get(i), outcomes.get(i), now);
    }
  }

  private void record(Claim claim, DeliveryOutcome outcome, Instant now) {
    switch (outcome.result()) {
      case DELIVERED -> {
        // The care team has it, whether or not this relay still holds the lease or the message
        // was cancelled meanwhile: the row says so, and re-driving it is refused.
        ClinicSql.query(
                em,
                "update outbox_message set status = 'DELIVERED', last_error = ?, finished_at = ?,"
                    + " lease_until = null, lease_token = null, version = version + 1"
                    + " where id = ?::uuid and status <> 'DELIVERED'")
            .setParameter(1, OutboxMessage.clip(outcome.detail()))
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, claim.messageId().toString())
            .executeUpdate();
        ClinicSql.query(
                em,
                "insert into disclosure (id, tenant_id, client_id, recipient_id, consent_id,"
                    + " message_id, recipient_name, shared_data, period_from, period_to, channel,"
                    + " disclosed_at)"
                    + " select ?::uuid, tenant_id, client_id, recipient_id, consent_id, id, ?,"
                    + " shared_data, period_from, period_to, kind, ? from outbox_message"
                    + " where id = ?::uuid on conflict (message_id) do nothing")
            .setParameter(1, UUID.randomUUID().toString())
            .setParameter(2, claim.message().recipientName())
            .setParameter(3, Timestamp.from(now))
            .setParameter(4, claim.messageId().toString())
            .executeUpdate();
      }
      case REJECTED -> finish(claim.messageId(), claim.leaseToken(), "DEAD", outcome.detail(), now);
      case RETRY -> {
        if (claim.attempt() >= maxAttempts) {
          finish(
              claim.messageId(),
              claim.leaseToken(),
              "DEAD",
              "Gave up after " + claim.attempt() + " attempts: " + outcome.detail(),
              now);
        } else {
          ClinicSql.query(
                  em,
                  "update outbox_message set next_attempt_at = ?, lease_until = null,"
                      + " lease_token = null, last_error = ?, version = version + 1"
                      + " where id = ?::uuid and lease_token = ?::uuid and status = 'QUEUED'")
              .setParameter(1, Timestamp.from(now.plus(Retries.backoff(claim.attempt()))))
              .setParameter(2, OutboxMessage.clip(outcome.detail()))
              .setParameter(3, claim.messageId().toString())
              .setParameter(4, claim.leaseToken().toString())
              .executeUpdate();
        }
      }
    }
  }

  private void finish(UUID id, UUID token, String status, String detail, Instant now) {
    ClinicSql.query(
            em,
            "update outbox_message set status = ?, last_error = ?, finished_at = ?,"
                + " lease_until = null, lease_token = null, version = version + 1"
                + " where id = ?::uuid and lease_token = ?::uuid and status = 'QUEUED'")
        .setParameter(1, status)
        .setParameter(2, OutboxMessage.clip(detail))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, id.toString())
        .setParameter(5, token.toString())
        .executeUpdate();
  }
}
