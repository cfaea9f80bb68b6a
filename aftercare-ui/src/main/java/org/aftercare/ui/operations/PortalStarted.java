package org.aftercare.ui.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.aftercare.platform.ClinicTimers;
import org.aftercare.platform.StartupState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the portal's own start has finished — the schema migrated, the login checked, the
 * first operator and the demo in place ({@link StartupState}) — and its timers are scheduled. Until
 * then Kubernetes holds back the liveness probe, however long the migrations take.
 */
@Startup
@ApplicationScoped
public class PortalStarted implements HealthCheck {

  @Inject StartupState startupState;
  @Inject ClinicTimers timers;

  @Override
  public HealthCheckResponse call() {
    int scheduled = timers.scheduledTimers();
    return HealthCheckResponse.named("portal-started")
        .status(startupState.isStarted() && scheduled > 0)
        .withData("timers", scheduled)
        .build();
  }
}
