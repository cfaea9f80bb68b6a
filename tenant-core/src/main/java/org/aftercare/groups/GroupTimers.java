package org.aftercare.groups;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives {@link GroupUpkeep} on each instance. Timers are not persistent: every instance runs them,
 * and the database claims make that safe.
 */
@Singleton
@Startup
public class GroupTimers {

  @Inject GroupUpkeep upkeep;

  @Inject
  @ConfigProperty(name = "aftercare.groups.timers.enabled", defaultValue = "true")
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
