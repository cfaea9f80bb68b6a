package org.aftercare.ui.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftercare.platform.DeliveryBacklog;
import org.aftercare.platform.UpkeepRun;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.tenancy.persistence.ConnectionsInUse;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The portal's own figures at {@code /metrics} (Prometheus text, scope {@code application}), beside
 * the JVM's and Payara's: open Vaadin sessions and UIs — each holds server memory, and they are
 * what an instance loses when it stops — failed sign-ins, upkeep runs and failures per job, and
 * what waits to go out to care teams and webhook endpoints over all clinics (queued, dead, the
 * oldest queued message's age), and the database connections held against the pool's size. No label
 * carries a person or a clinic: counts only.
 */
@ApplicationScoped
public class PortalMetrics {

  private static final List<String> QUEUES = List.of("care_team", "webhook");
  private static final long BACKLOG_FRESH_NANOS = Duration.ofSeconds(5).toNanos();

  private final AtomicInteger sessions = new AtomicInteger();
  private final AtomicInteger uis = new AtomicInteger();

  @Inject MetricRegistry registry;
  @Inject DeliveryBacklog backlog;

  /** One database call per scrape at most, however many of the backlog's gauges it reads. */
  private volatile Snapshot lastBacklog = new Snapshot(List.of(), 0);

  private record Snapshot(List<DeliveryBacklog.Queue> queues, long readAtNanos) {}

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

  void watchBacklog(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge("aftercare.db.connections.in_use", ConnectionsInUse::now);
    registry.gauge("aftercare.db.connections.max", () -> AftercareDataSource.MAX_CONNECTIONS);
    for (String queue : QUEUES) {
      Tag tag = new Tag("queue", queue);
      registry.gauge("aftercare.deliveries.queued", this, m -> m.queue(queue).queued(), tag);
      registry.gauge("aftercare.deliveries.dead", this, m -> m.queue(queue).dead(), tag);
      registry.gauge(
          "aftercare.deliveries.oldest_queued_seconds",
          this,
          m -> m.queue(queue).oldestWait().toSeconds(),
          tag);
    }
  }

  void countUpkeep(@Observes UpkeepRun run) {
    Tag job = new Tag("job", run.job());
    registry.counter("aftercare.upkeep.runs", job).inc();
    if (!run.succeeded()) {
      registry.counter("aftercare.upkeep.failures", job).inc();
    }
  }

  private DeliveryBacklog.Queue queue(String name) {
    Snapshot snapshot = lastBacklog;
    if (System.nanoTime() - snapshot.readAtNanos() > BACKLOG_FRESH_NANOS
        || snapshot.queues().isEmpty()) {
      snapshot = new Snapshot(backlog.now(), System.nanoTime());
      lastBacklog = snapshot;
    }
    return snapshot.queues().stream()
        .filter(queue -> queue.name().equals(name))
        .findFirst()
        .orElse(new DeliveryBacklog.Queue(name, 0, 0, Duration.ZERO));
  }

  /** A sign-in the portal refused: wrong password, unknown account, lockout or throttling. */
  public void signInFailed() {
    signInFailures().inc();
  }

  private Counter signInFailures() {
    return registry.counter("aftercare.sign_in.failures");
  }
}
