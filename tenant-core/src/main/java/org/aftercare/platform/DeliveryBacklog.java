package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * What waits to go out, over all clinics, for the hosting team's metrics: per queue (care-team
 * summaries, webhooks) the queued and dead messages and how long the oldest queued one has waited.
 * Counts only, through a database function that sees every clinic's queue and returns no clinic,
 * client or content: infrastructure, called by the metrics endpoint with no one signed in.
 */
@ApplicationScoped
public class DeliveryBacklog {

  /** One queue's state; {@code oldestWait} is zero when nothing is queued. */
  public record Queue(String name, long queued, long dead, Duration oldestWait) {}

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;

  @ActivateRequestContext
  public List<Queue> now() {
    Instant now = clock.instant();
    List<?> rows =
        ClinicSql.query(em, "select * from aftercare_delivery_backlog()").getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Queue(
                    (String) row[0],
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    instant(row[3])
                        .map(oldest -> Duration.between(oldest, now))
                        .filter(wait -> !wait.isNegative())
                        .orElse(Duration.ZERO)))
        .toList();
  }

  private static Optional<Instant> instant(Object column) {
    return Optional.ofNullable(
        switch (column) {
          case null -> null;
          case Timestamp timestamp -> timestamp.toInstant();
          case OffsetDateTime offset -> offset.toInstant();
          case Instant instant -> instant;
          default -> Instant.parse(column.toString());
        });
  }
}
