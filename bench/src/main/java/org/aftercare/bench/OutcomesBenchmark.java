package org.aftercare.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.engagement.EngagementSql.Bound;
import org.aftercare.engagement.EngagementSql.Period;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.outcomes.OutcomeScope;
import org.aftercare.outcomes.OutcomesSql;

/**
 * The outcomes benchmark: seeds a clinic of 10,000 clients (two groups each) with a year of
 * attendance, check-ins, mentoring and measures on an embedded PostgreSQL, then times what the
 * outcomes screen asks for — the figures, the weekly attendance and the mentors' figures — for each
 * scope, as the application role with the clinic set. Target: the screen's three statements
 * together under 2 s (median). A benchmark prints figures; it fails no build.
 *
 * <p>Arguments: {@code --data-dir=DIR} (default {@code bench/target/postgres-outcomes}, emptied
 * first), {@code --reuse} (keep the clinic of an earlier run), {@code --explain} (print every
 * plan), {@code --compare} (check the figures and weeks from the tallies against the same read from
 * every place and check-in, for each scope and period).
 */
public final class OutcomesBenchmark {

  private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

  private static final int CLIENTS = 10_000;
  private static final int GROUPS_PER_CLIENT = 2;
  private static final double SCREEN_TARGET_MS = 2_000;

  private final EngagementQueries queries;
  private final boolean explainAll;
  private final boolean compare;
  private final boolean reference;
  private final ZoneId zone;
  private final LocalDate today;

  private OutcomesBenchmark(
      EngagementQueries queries, boolean explainAll, boolean compare, boolean reference) {
    this.queries = queries;
    this.explainAll = explainAll;
    this.compare = compare;
    this.reference = reference;
    this.zone = queries.zone();
    this.today = LocalDate.now(zone);
  }

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    Path dataDirectory =
        Path.of(
                EngagementBenchmark.option(arguments, "--data-dir=")
                    .orElse("bench/target/postgres-outcomes"))
            .toAbsolutePath();
    boolean reuse = arguments.contains("--reuse");
    LIQUIBASE.setLevel(Level.WARNING);
    if (!reuse) {
      EngagementBenchmark.deleteRecursively(dataDirectory);
    }
    System.out.printf(
        "Outcomes benchmark — %d CPUs, %d MB heap, data in %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        dataDirectory);
    try (var database = EmbeddedDatabase.start(dataDirectory, true)) {
      long migrating = System.nanoTime();
      EngagementBenchmark.migrateQuietly(database);
      System.out.printf(
          "Migrated in %.1f s (on --reuse: the change sets not yet applied to the seeded clinic)%n",
          (System.nanoTime() - migrating) / 1e9);
      UUID clinic = clinic(database.owner(), reuse);
      System.out.println("Rows:");
      BenchmarkClinic.rowCounts(database.owner(), clinic)
          .forEach((table, count) -> System.out.printf("  %-30s %s%n", table, count));
      if (arguments.contains("--write-cost")) {
        RosterWriteCost.measure(database.owner(), database.app(), clinic);
      }
      try (var queries = EngagementQueries.asClinic(database.app(), clinic)) {
        new OutcomesBenchmark(
                queries,
                arguments.contains("--explain"),
                arguments.contains("--compare"),
                arguments.contains("--reference"))
            .measure();
      }
    }
  }

  private static UUID clinic(DatabaseLogin owner, boolean reuse) throws SQLException {
    Optional<UUID> seeded = reuse ? BenchmarkClinic.existing(owner) : Optional.empty();
    if (seeded.isPresent()) {
      System.out.println("Seed: reusing the clinic seeded by an earlier run");
      OutcomeHistory.seed(owner, seeded.get());
      return seeded.get();
    }
    System.out.println("Seed (as the schema owner, clinic set by set_config):");
    UUID clinic = BenchmarkClinic.seed(owner, CLIENTS, GROUPS_PER_CLIENT);
    OutcomeHistory.seed(owner, clinic);
    return clinic;
  }

  private void measure() throws SQLException {
    System.out.printf(
        "Measured as %s with the clinic set (row-level security on)%s; load average %s%n",
        EmbeddedDatabase.APP_ROLE,
        reference ? ", the reference statements reading every place" : "",
        EngagementBenchmark.loadAverage());
    List<OutcomeScope> scopes =
        List.of(
            OutcomeScope.clinic(),
            new OutcomeScope(OutcomeScope.Reach.GROUP, queries.firstId("recovery_group", "")),
            new OutcomeScope(OutcomeScope.Reach.KIND_OF_GROUP, "TWELVE_STEP"),
            new OutcomeScope(
                OutcomeScope.Reach.MENTOR, queries.firstId("account", "roles = 'PEER_MENTOR'")));
    for (int days : new int[] {90, 365}) {
      System.out.printf("The last %d days:%n", days);
      for (OutcomeScope scope : scopes) {
        measureScreen(scope, today.minusDays(days - 1L));
      }
    }
    if (compare) {
      for (int days : new int[] {90, 365}) {
        for (OutcomeScope scope : scopes) {
          compareWithPlaces(scope, today.minusDays(days - 1L), days);
        }
        Period period = Period.of(today.minusDays(days - 1L), today, zone, Instant.now());
        List<String> mentors = queries.rows(OutcomesSql.mentors(period, today, zone));
        List<String> bySession = queries.rows(OutcomesSql.mentorsBySession(period, today, zone));
        System.out.printf(
            "  %d days, mentors by half against session by session: %s (%d mentors)%n",
            days, mentors.equals(bySession) ? "SAME" : "DIFFERENT", mentors.size());
        if (!mentors.equals(bySession)) {
          System.out.printf("    by half %s%n    by session %s%n", mentors, bySession);
        }
      }
    }
    System.out.printf("Load average after measuring: %s%n", EngagementBenchmark.loadAverage());
  }

  /**
   * The figures and weeks from the tallies (changelog 0048) against the same read from every place
   * and check-in: they must be equal, row by row.
   */
  private void compareWithPlaces(OutcomeScope scope, LocalDate from, int days) throws SQLException {
    Period period = Period.of(from, today, zone, Instant.now());
    List<String> figures = queries.rows(OutcomesSql.figures(period, today, 50, zone, scope, 5, 4));
    List<String> figuresFromPlaces =
        queries.rows(OutcomesSql.figuresFromPlaces(period, today, 50, zone, scope, 5, 4));
    List<String> weeks = queries.rows(OutcomesSql.weeks(period, today, 50, zone, scope));
    List<String> weeksFromPlaces =
        queries.rows(OutcomesSql.weeksFromPlaces(period, today, 50, zone, scope));
    boolean same = figures.equals(figuresFromPlaces) && weeks.equals(weeksFromPlaces);
    System.out.printf(
        "  %d days, %-14s tallies against places: %s (figures %s; %d weeks)%n",
        days, scope.reach(), same ? "SAME" : "DIFFERENT", figures, weeks.size());
    if (!same) {
      System.out.printf(
          "    figures from places %s%n    weeks %s%n    weeks from places %s%n",
          figuresFromPlaces, weeks, weeksFromPlaces);
    }
  }

  /** The screen's three statements for one scope: 1 warm-up run, then 5; the median judged. */
  private void measureScreen(OutcomeScope scope, LocalDate from) throws SQLException {
    Period period = Period.of(from, today, zone, Instant.now());
    Bound figures =
        reference
            ? OutcomesSql.figuresFromPlaces(period, today, 50, zone, scope, 5, 4)
            : OutcomesSql.figures(period, today, 50, zone, scope, 5, 4);
    Bound weeks =
        reference
            ? OutcomesSql.weeksFromPlaces(period, today, 50, zone, scope)
            : OutcomesSql.weeks(period, today, 50, zone, scope);
    Bound mentors =
        reference
            ? OutcomesSql.mentorsBySession(period, today, zone)
            : OutcomesSql.mentors(period, today, zone);
    List<Bound> screen = List.of(figures, weeks, mentors);
    for (Bound bound : screen) {
      queries.run(bound);
    }
    var total = new Samples();
    var eachFigures = new Samples();
    for (int i = 0; i < 5; i++) {
      total.time(
          () -> {
            eachFigures.time(() -> queries.run(figures));
            queries.run(weeks);
            queries.run(mentors);
          });
    }
    boolean met = total.median() < SCREEN_TARGET_MS;
    System.out.printf(
        "  %-14s screen median %8.1f ms  max %8.1f ms (figures alone median %8.1f ms)"
            + "   target < %,.0f ms: %s%n",
        scope.reach(),
        total.median(),
        total.p95(),
        eachFigures.median(),
        SCREEN_TARGET_MS,
        met ? "MET" : "MISSED");
    if (!met || explainAll) {
      for (Bound bound : screen) {
        System.out.println("    EXPLAIN (ANALYZE, BUFFERS):");
        queries.explain(bound).lines().forEach(line -> System.out.println("      " + line));
      }
    }
  }
}
