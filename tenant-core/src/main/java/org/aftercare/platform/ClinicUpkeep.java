package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.audit.AuditService;
import org.aftercare.board.BoardDigest;
import org.aftercare.board.BoardRetention;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.engagement.FlagWebhooks;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.SessionReminders;
import org.aftercare.outreach.FlagFollowUps;
import org.aftercare.outreach.OutreachDigest;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.OutboxRelay;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.aftercare.webhooks.WebhookRelay;

/**
 * Work no one asks for in a request: reminders, expired seat offers, escalation of unanswered
 * support alerts, and keeping the rolling window of sessions filled, clinic by clinic. Each
 * clinic's each job runs in a transaction of its own, entered after the clinic is: a failure is
 * logged, rolls back only that job, and does not stop the rest. Call it outside any transaction
 * ({@link TenantContext#callAs} refuses to switch clinic inside one).
 */
@ApplicationScoped
public class ClinicUpkeep {

  private static final Logger LOG = Logger.getLogger(ClinicUpkeep.class.getName());

  @Inject TenantService tenants;
  @Inject TenantContext tenantContext;
  @Inject SessionReminders reminders;
  @Inject Enrollments enrollments;
  @Inject GroupService groups;
  @Inject SupportAlerts alerts;
  @Inject OwnTransaction ownTransaction;
  @Inject AuditService audit;
  @Inject SummaryOutbox summaries;
  @Inject OutboxRelay relay;
  @Inject WebhookRelay webhooks;
  @Inject FlagWebhooks flagWebhooks;
  @Inject BulkExports exports;
  @Inject Event<UpkeepRun> outcomes;
  @Inject FlagFollowUps followUps;
  @Inject OutreachDigest digest;
  @Inject BoardRetention boardRetention;
  @Inject BoardDigest boardDigest;

  /** Escalates overdue alerts, passes on expired offers and sends due reminders, per clinic. */
  @ActivateRequestContext
  public void everyMinute(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "escalation of support alerts", () -> alerts.escalateOverdue(now));
      run(clinic, "expiry of seat offers", () -> enrollments.expireOffers(now));
      run(clinic, "session reminders", () -> reminders.sendDue(now));
    }
  }

  /**
   * Queues the care-team summaries that are due and delivers what the outbox holds, clinic by
   * clinic. Delivery runs outside any transaction: the relay keeps its own short ones.
   */
  @ActivateRequestContext
  public int shareWithCareTeams(Instant now) {
    int delivered = 0;
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "queueing care-team summaries", () -> summaries.queueDue(now));
      delivered += relay(clinic, "care-team deliveries", () -> relay.relay(now));
    }
    return delivered;
  }

  /** Posts the clinics' due webhook deliveries, clinic by clinic, outside any transaction. */
  @ActivateRequestContext
  public int deliverWebhooks(Instant now) {
    int delivered = 0;
    for (UUID clinic : tenants.activeIds()) {
      delivered += relay(clinic, "webhook deliveries", () -> webhooks.relay(now));
    }
    return delivered;
  }

  /**
   * Queues summaries for recipients who asked for one on a new disengagement flag, and the
   * flag.raised webhooks.
   */
  @ActivateRequestContext
  public void shareNewFlags(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "care-team summaries on new flags", () -> summaries.queueOnNewFlags(now));
      run(clinic, "webhooks on new flags", () -> flagWebhooks.publishNewFlags(now));
    }
  }

  /** Opens follow-ups for new flag episodes and closes those whose flags cleared, per clinic. */
  @ActivateRequestContext
  public void followUpFlags(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "follow-ups on flags", () -> followUps.openForNewFlags(now));
    }
  }

  /**
   * Mails the morning digests, once a day per clinic: the mentors' follow-ups due and, to the
   * clients who asked for it, how many posts are new on their boards.
   */
  @ActivateRequestContext
  public void sendMorningDigests(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "follow-up digest", () -> digest.sendDue(now));
      run(clinic, "board digest", () -> boardDigest.sendDue(now));
    }
  }

  /**
   * Extends every active group's sessions to the end of the window; drops expired exports and the
   * board posts older than each clinic keeps them.
   */
  @ActivateRequestContext
  public void daily(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, "extending schedules", () -> groups.extendSchedules(now));
      run(clinic, "deleting expired export files", () -> exports.purgeExpired(now));
      run(clinic, "deleting expired board posts", () -> boardRetention.deleteExpired(now));
    }
  }

  /**
   * Writes each clinic's audit chain head to the log: a record outside the database, so that a
   * chain cut short or rewritten later from its first entry (which a keyed chain alone cannot show)
   * no longer ends where the log says it did.
   */
  @ActivateRequestContext
  public List<String> exportAuditChainHeads(Instant now) {
    var lines = new ArrayList<String>();
    for (UUID clinic : tenants.activeIds()) {
      attempt(clinic, "audit chain head", () -> tenantContext.callAs(clinic, audit::head))
          .flatMap(head -> head)
          .map(
              head ->
                  "Audit chain head at %s: clinic %s, entry #%d, hash %s"
                      .formatted(now, clinic, head.sequence(), head.hash()))
          .ifPresent(
              line -> {
                LOG.info(line);
                lines.add(line);
              });
    }
    return lines;
  }

  /** Sends one clinic's due reminders; what each of several workers calls. */
  @ActivateRequestContext
  public int sendReminders(UUID clinic, Instant now) {
    return tenantContext.callAs(clinic, () -> ownTransaction.run(() -> reminders.sendDue(now)));
  }

  /** A relay keeps its own short transactions: it runs in the clinic, outside any. */
  private int relay(UUID clinic, String job, Supplier<Integer> delivering) {
    return attempt(clinic, job, () -> tenantContext.callAs(clinic, delivering)).orElse(0);
  }

  private void run(UUID clinic, String job, Supplier<Integer> work) {
    attempt(clinic, job, () -> tenantContext.callAs(clinic, () -> ownTransaction.run(work)));
  }

  /**
   * One clinic's run of one job: a failure is logged and does not stop the others. Each run's
   * outcome goes out as an event, which the portal counts for its metrics.
   */
  private <T> Optional<T> attempt(UUID clinic, String job, Supplier<T> work) {
    try {
      T result = work.get();
      outcomes.fire(new UpkeepRun(job, true));
      return Optional.ofNullable(result);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Upkeep (" + job + ") failed for clinic " + clinic, e);
      outcomes.fire(new UpkeepRun(job, false));
      return Optional.empty();
    }
  }
}
