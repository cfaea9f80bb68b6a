package org.aftercare.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives {@link ClinicUpkeep} on each instance. Timers are not persistent: every instance runs
 * them, and the database claims make that safe. While the portal drains on SIGTERM they claim
 * nothing new, and a run under way is waited for ({@link Draining}).
 *
 * <p>No transaction here: a container transaction around the loop over clinics would share one
 * persistence context and one connection between them, and the connection keeps the first clinic's
 * {@code app.tenant_id} while EclipseLink filters on the next. The upkeep gives each clinic's work
 * a transaction of its own. Bean-managed, because Payara started a new transaction for each timeout
 * even under {@code NOT_SUPPORTED} (on the class or the method), and every clinic switch was then
 * refused: no upkeep ran.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ClinicTimers {

  @Inject Clock clock;
  @Inject ClinicUpkeep upkeep;
  @Inject StartupState startupState;
  @Inject Draining draining;
  @Resource TimerService timerService;

  @Inject
  @ConfigProperty(name = "aftercare.timers.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    whenRunning(() -> minute(clock.instant()));
  }

  /** Often enough that a summary a clinician sends now, or a webhook, leaves within seconds. */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void careTeamDeliveries() {
    whenRunning(
        () -> {
          upkeep.shareWithCareTeams(clock.instant());
          upkeep.deliverWebhooks(clock.instant());
        });
  }

  @Schedule(hour = "3", minute = "17", persistent = false)
  void daily() {
    whenRunning(() -> upkeep.daily(clock.instant()));
  }

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    whenRunning(
        () -> {
          upkeep.exportAuditChainHeads(clock.instant());
          upkeep.shareNewFlags(clock.instant());
          upkeep.followUpFlags(clock.instant());
          upkeep.sendMorningDigests(clock.instant());
        });
  }

  private void whenRunning(Runnable work) {
    if (enabled && startupState.isStarted()) {
      draining.unlessDraining(work);
    }
  }

  /** How many of the timers above the container has scheduled (the start-up check reports it). */
  public int scheduledTimers() {
    return timerService.getTimers().size();
  }

  /** One minute's upkeep at {@code now}, exactly as the timer runs it (tests choose the moment). */
  public void minute(Instant now) {
    upkeep.everyMinute(now);
  }
}
