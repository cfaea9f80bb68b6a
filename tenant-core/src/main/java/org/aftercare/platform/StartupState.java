package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether {@link PlatformStartup} has finished: the timers start with the container, before the
 * schema is migrated and the demo seeded, and do nothing until then.
 */
@ApplicationScoped
public class StartupState {

  private volatile boolean started;

  void markStarted() {
    started = true;
  }

  public boolean isStarted() {
    return started;
  }
}
