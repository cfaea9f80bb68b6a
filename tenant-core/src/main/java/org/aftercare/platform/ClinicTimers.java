package org.aftercare.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives {@link ClinicUpkeep} on each instance. Timers are not persistent: every instance runs
 * them, and the database claims make that safe.
 */
@Singleton
@Startup
public class ClinicTimers {

  @Inject ClinicUpkeep upkeep;

  @Inject
  @ConfigProperty(name = "aftercare.timers.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    if (enabled) {
      upkeep.everyMinute(Instant.now());
    }
  }

  @Schedule(hour = "3", minute = "17", persistent = false)
  void daily() {
    if (enabled) {
      upkeep.daily(Instant.now());
    }
  }
}
