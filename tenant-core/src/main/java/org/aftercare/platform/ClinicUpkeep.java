package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.SessionReminders;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * Work no one asks for in a request: reminders, expired seat offers, escalation of unanswered
 * support alerts, and keeping the rolling window of sessions filled, clinic by clinic. One clinic's
 * failure is logged and does not stop the rest.
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

  /** Escalates overdue alerts, passes on expired offers and sends due reminders, per clinic. */
  @ActivateRequestContext
  public void everyMinute(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(
          clinic,
          () -> {
            alerts.escalateOverdue(now);
            enrollments.expireOffers(now);
            return reminders.sendDue(now);
          });
    }
  }

  /** Extends every active group's sessions to the end of the window. */
  @ActivateRequestContext
  public void daily(Instant now) {
    for (UUID clinic : tenants.activeIds()) {
      run(clinic, () -> groups.extendSchedules(now));
    }
  }

  /** Sends one clinic's due reminders; what each of several workers calls. */
  @ActivateRequestContext
  public int sendReminders(UUID clinic, Instant now) {
    return tenantContext.callAs(clinic, () -> reminders.sendDue(now));
  }

  private void run(UUID clinic, java.util.function.Supplier<Integer> work) {
    try {
      tenantContext.callAs(clinic, work);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Group upkeep failed for clinic " + clinic, e);
    }
  }
}
