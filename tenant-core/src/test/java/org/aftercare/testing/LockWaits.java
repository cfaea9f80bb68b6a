package org.aftercare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * How many connections wait on a row lock at once while a flood of work runs: sampled from {@code
 * pg_stat_activity} on a thread of its own (plain JDBC only), as often as the database answers.
 *
 * <p>Row locks only ({@code transactionid}, {@code tuple}: a transaction waiting for another's
 * row): the audit trail's appends queue on their clinic's advisory lock by design, one short insert
 * each, and how many of those overlap depends on how fast the machine commits, not on the code
 * under test.
 */
public final class LockWaits {

  /**
   * At most this many waiting at once counts as "few". Each refused guess still records its failure
   * on the account's row, briefly, after hashing: run alone the sign-in floods see up to 3 waiting,
   * in the whole test run 5–6 (what makes the difference there is not found yet). Hashing under the
   * row lock, as before the fix, queues nearly all 24 guesses on it.
   */
  public static final int FEW = 8;

  private LockWaits() {}

  /** What each piece of work came to, and the most row-lock waits seen while it ran. */
  public record Flood(List<Object> outcomes, long mostWaitingOnARowLock) {}

  public static Flood during(DataSource dataSource, List<Callable<?>> work) throws Exception {
    // pg_stat_activity is not a clinic's table; any clinic id will do for the connection.
    var rows = new ClinicRows(dataSource, UUID.randomUUID());
    var over = new AtomicBoolean();
    var most = new AtomicLong();
    var samples = new AtomicLong();
    Thread sampler =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!over.get()) {
                    most.accumulateAndGet(
                        rows.count(
                            "select count(*) from pg_stat_activity"
                                + " where wait_event_type = 'Lock'"
                                + " and wait_event in ('transactionid', 'tuple')"
                                + " and datname = current_database()"),
                        Math::max);
                    samples.incrementAndGet();
                  }
                });
    List<Object> outcomes;
    try {
      outcomes = AtOnce.outcomesOf(work);
    } finally {
      over.set(true);
      sampler.join();
    }
    assertThat(samples.get()).as("samples taken during the flood").isGreaterThan(10);
    return new Flood(outcomes, most.get());
  }
}
