package org.aftercare.sharing;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.engagement.EngagementFlags;
import org.aftercare.engagement.Flag;
import org.aftercare.shared.Identifiers;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Queues adherence summaries for care-team recipients — on their schedule, or when a clinician
 * sends one now — only under a consent in force, limited to what it allows; and lets the clinic
 * admin follow, re-drive and cancel deliveries. The row is written in the transaction that decided
 * to send it; {@link OutboxRelay} delivers it.
 */
@ApplicationScoped
@TenantAware
public class SummaryOutbox {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject ClinicSettingsService clinic;
  @Inject AuditService audit;
  @Inject EngagementFlags flags;
  @Inject SummaryMessages summaryMessages;

  /** A summary of {@code from}–{@code to} for one recipient, now; refused without consent. */
  @Transactional
  @Requires(CLINICIAN)
  public OutboxMessage sendNow(UUID recipientId, LocalDate from, LocalDate to) {
    CareTeamRecipient recipient = careTeams.recipient(recipientId);
    if (recipient.pulls()) {
      throw InvalidInputException.worded(
          "recipient",
          recipient.getName() + "'s system fetches summaries through the FHIR API; none is sent.",
          "refusal.sharing.summary.fetchedByApi",
          recipient.getName());
    }
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    if (to == null || to.isAfter(today)) {
      throw InvalidInputException.worded(
          "to", "A summary covers days up to today.", "refusal.sharing.summary.toFuture");
    }
    if (from == null || from.isAfter(to) || from.isBefore(to.minusYears(1))) {
      throw InvalidInputException.worded(
          "from",
          "Start on or before the last day, within a year.",
          "refusal.sharing.summary.from");
    }
    OutboxMessage message =
        queue(recipient, from, to, clock.instant(), today)
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "recipient",
                        "No consent in force lets the clinic share with "
                            + recipient.getName()
                            + ".",
                        "refusal.sharing.summary.noConsent",
                        recipient.getName()));
    audit.record(
        AuditAction.SUMMARY_QUEUED, "OutboxMessage", message.getId(), AuditOutcome.SUCCESS);
    return message;
  }

  /**
   * Queues the summaries whose time has come and schedules each recipient's next one; a recipient
   * without a consent in force gets nothing and keeps their schedule. The portal's own work.
   */
  @Transactional
  @Requires({})
  public int queueDue(Instant now) {
    ZoneId zone = zone();
    // Instances queue at once every few seconds: each takes the recipients no other holds.
    @SuppressWarnings("unchecked")
    List<Object> ids =
        ClinicSql.query(
                em,
                "select id from care_team_recipient where removed_at is null and next_send_at <= ?"
                    + " order by next_send_at for update skip locked")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    List<CareTeamRecipient> due =
        ids.stream().map(id -> em.find(CareTeamRecipient.class, ClinicSql.uuid(id))).toList();
    int queued = 0;
    for (CareTeamRecipient recipient : due) {
      LocalDate sendDay = LocalDate.ofInstant(recipient.getNextSendAt(), zone);
      LocalDate[] period = recipient.schedule().periodFor(sendDay);
      if (queue(recipient, period[0], period[1], now, LocalDate.ofInstant(now, zone)).isPresent()) {
        queued++;
      }
      recipient.scheduleNext(recipient.schedule().nextAfter(now, zone).orElse(null));
    }
    return queued;
  }

  /**
   * Queues a summary of the last two weeks for every recipient who asked for one on a new
   * disengagement flag and whose client has flags they were not sent yet. The portal's own work.
   */
  @Transactional
  @Requires({})
  public int queueOnNewFlags(Instant now) {
    List<CareTeamRecipient> watching =
        em.createQuery(
                "select r from CareTeamRecipient r where r.removedAt is null and r.onNewFlag = true",
                CareTeamRecipient.class)
            .getResultList();
    if (watching.isEmpty()) {
      return 0;
    }
    Map<UUID, List<Flag>> flagged = flags.byClient(now);
    LocalDate today = LocalDate.ofInstant(now, zone());
    int queued = 0;
    for (CareTeamRecipient recipient : watching) {
      String reasons =
          flagged.getOrDefault(recipient.getClientId(), List.of()).stream()
              .map(flag -> flag.reason().name())
              .distinct()
              .sorted()
              .reduce((a, b) -> a + "," + b)
              .orElse(null);
      if (recipient.takeNewFlags(reasons)
          && queue(recipient, today.minusDays(14), today.minusDays(1), now, today).isPresent()) {
        queued++;
      }
    }
    return queued;
  }

  private Optional<OutboxMessage> queue(
      CareTeamRecipient recipient, LocalDate from, LocalDate to, Instant now, LocalDate today) {
    Optional<Consent> consent = consents.covering(recipient, today);
    if (consent.isEmpty()) {
      return Optional.empty();
    }
    CareTeamEndpoint endpoint =
        recipient.pulls() ? null : em.find(CareTeamEndpoint.class, recipient.getEndpointId());
    if (endpoint == null || !endpoint.isActive()) {
      return Optional.empty();
    }
    var message =
        summaryMessages.write(Identifiers.newId(), now, recipient, consent.get(), from, to);
    var row =
        new OutboxMessage(message, recipient, endpoint.getKind(), SummaryPayloads.write(message));
    em.persist(row);
    return Optional.of(row);
  }

  /** Deliveries newest first, of one status or all; no payload, only what the admin may see. */
  @Requires(CLINIC_ADMIN)
  public List<OutboxMessage> deliveries(DeliveryStatus status, int offset, int limit) {
    return filtered(
            "select m from OutboxMessage m%s order by m.createdAt desc",
            status, OutboxMessage.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Requires(CLINIC_ADMIN)
  public long countDeliveries(DeliveryStatus status) {
    return filtered("select count(m) from OutboxMessage m%s", status, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String jpql, DeliveryStatus status, Class<T> type) {
    TypedQuery<T> query =
        em.createQuery(jpql.formatted(status == null ? "" : " where m.status = :status"), type);
    return status == null ? query : query.setParameter("status", status);
  }

  /**
   * Sends a dead-lettered or cancelled message again from its first attempt. The consent is checked
   * again before it goes, so a revoked one stays revoked.
   */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public OutboxMessage redrive(UUID messageId) {
    OutboxMessage message = message(messageId);
    if (message.getStatus() == DeliveryStatus.QUEUED
        || message.getStatus() == DeliveryStatus.DELIVERED) {
      throw InvalidInputException.worded(
          "status",
          "Only dead or cancelled messages are sent again.",
          "refusal.sharing.outbox.redriveStatus");
    }
    boolean received =
        !em.createQuery("select d.id from Disclosure d where d.messageId = :message", UUID.class)
            .setParameter("message", messageId)
            .getResultList()
            .isEmpty();
    if (received) {
      // Cancelled while its delivery was already under way: the care team has it.
      throw InvalidInputException.worded(
          "status",
          "This message reached the care team already.",
          "refusal.sharing.outbox.alreadyReceived");
    }
    message.redrive(clock.instant());
    audit.record(AuditAction.DELIVERY_REDRIVEN, "OutboxMessage", messageId, AuditOutcome.SUCCESS);
    return message;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public OutboxMessage cancel(UUID messageId) {
    OutboxMessage message = message(messageId);
    if (message.getStatus() != DeliveryStatus.QUEUED) {
      throw InvalidInputException.worded(
          "status",
          "Only queued messages can be cancelled.",
          "refusal.sharing.outbox.cancelStatus");
    }
    message.cancel("Cancelled by a clinic admin.", clock.instant());
    audit.record(AuditAction.DELIVERY_CANCELLED, "OutboxMessage", messageId, AuditOutcome.SUCCESS);
    return message;
  }

  private OutboxMessage message(UUID messageId) {
    OutboxMessage message = em.find(OutboxMessage.class, messageId);
    if (message == null) {
      throw new NotFoundException("Delivery");
    }
    return message;
  }

  private ZoneId zone() {
    return ZoneId.of(clinic.current().timeZone());
  }
}
