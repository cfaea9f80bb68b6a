package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many sign-ins and password-reset requests one source address, and one clinic, may make in a
 * minute. Beyond that a request is answered as a wrong password or an unknown address would be, and
 * nothing is done for it: no hash, no query, no mail. Counted per portal instance in memory —
 * enough to blunt a flood at the portal; limits at the proxy in front still belong there.
 */
@ApplicationScoped
public class AttemptLimits {

  /** Counters of past minutes are dropped once there are this many. */
  private static final int FORGET_ABOVE = 50_000;

  @Inject
  @ConfigProperty(name = "aftercare.limits.sign-ins-per-address", defaultValue = "60")
  int signInsPerAddress;

  @Inject
  @ConfigProperty(name = "aftercare.limits.sign-ins-per-clinic", defaultValue = "600")
  int signInsPerClinic;

  @Inject
  @ConfigProperty(name = "aftercare.limits.resets-per-address", defaultValue = "10")
  int resetsPerAddress;

  @Inject
  @ConfigProperty(name = "aftercare.limits.resets-per-clinic", defaultValue = "100")
  int resetsPerClinic;

  Clock clock = Clock.systemUTC();

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long minute, AtomicInteger count) {}

  /**
   * Counts a sign-in attempt; false when its address or its clinic is over the limit. The clinic is
   * its id, or one bucket for names that match none, so that spelling it otherwise counts alike.
   */
  public boolean allowSignIn(String sourceAddress, String clinic) {
    boolean byAddress = allow("sign-in address " + sourceAddress, signInsPerAddress);
    boolean byClinic = allow("sign-in clinic " + clinic, signInsPerClinic);
    return byAddress && byClinic;
  }

  /** Counts a "forgot your password" request; false when over the limit. */
  public boolean allowReset(String sourceAddress, String clinic) {
    boolean byAddress = allow("reset address " + sourceAddress, resetsPerAddress);
    boolean byClinic = allow("reset clinic " + clinic, resetsPerClinic);
    return byAddress && byClinic;
  }

  private boolean allow(String key, int limit) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > FORGET_ABOVE) {
      windows.values().removeIf(old -> old.minute() < minute);
      if (windows.size() > FORGET_ABOVE && !windows.containsKey(key)) {
        // Flooded with new addresses within one minute: refuse rather than grow without end.
        return false;
      }
    }
    Window window =
        windows.compute(
            key,
            (k, current) ->
                current == null || current.minute() != minute
                    ? new Window(minute, new AtomicInteger())
                    : current);
    return window.count().incrementAndGet() <= limit;
  }
}
