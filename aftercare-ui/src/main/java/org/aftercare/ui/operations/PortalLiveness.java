package org.aftercare.ui.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads of the JVM are deadlocked: such threads never come back, and only a restart
 * frees what they hold. Deliberately blind to the database — an outage must take the instances out
 * of the load balancer (readiness), not restart every one of them at once — and cheap, since it
 * runs every few seconds. That the probe is answered at all shows the HTTP threads are not
 * exhausted.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = threads.findDeadlockedThreads();
    return HealthCheckResponse.named("no-deadlocked-threads")
        .status(deadlocked == null)
        .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
        .build();
  }
}
