package org.aftercare.ui.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.aftercare.platform.Draining;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready once the portal is draining to stop: the load balancer should send new work elsewhere.
 */
@Readiness
@ApplicationScoped
public class AcceptingWork implements HealthCheck {

  @Inject Draining draining;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("accepting-work").status(!draining.isDraining()).build();
  }
}
