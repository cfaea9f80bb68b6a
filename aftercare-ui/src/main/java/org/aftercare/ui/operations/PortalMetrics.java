package org.aftercare.ui.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The portal's own figures at {@code /metrics} (Prometheus text, scope {@code application}), beside
 * the JVM's and Payara's: open Vaadin sessions and UIs — each holds server memory, and they are
 * what an instance loses when it stops — and failed sign-ins. No label carries a person: counts
 * only.
 */
@ApplicationScoped
public class PortalMetrics {

  private final AtomicInteger sessions = new AtomicInteger();
  private final AtomicInteger uis = new AtomicInteger();

  @Inject MetricRegistry registry;

  void countSessionsAndUis(@Observes ServiceInitEvent event) {
    registry.gauge("aftercare.vaadin.sessions", sessions, AtomicInteger::get);
    registry.gauge("aftercare.vaadin.uis", uis, AtomicInteger::get);
    var service = event.getSource();
    service.addSessionInitListener(started -> sessions.incrementAndGet());
    service.addSessionDestroyListener(ended -> sessions.decrementAndGet());
    service.addUIInitListener(
        opened -> {
          uis.incrementAndGet();
          opened.getUI().addDetachListener(closed -> uis.decrementAndGet());
        });
  }

  /** A sign-in the portal refused: wrong password, unknown account, lockout or throttling. */
  public void signInFailed() {
    signInFailures().inc();
  }

  private Counter signInFailures() {
    return registry.counter("aftercare.sign_in.failures");
  }
}
