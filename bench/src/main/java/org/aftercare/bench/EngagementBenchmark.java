package org.aftercare.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.aftercare.engagement.EngagementSql;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.migrations.Migrator;

/**
 * The engagement benchmark: seeds {@link BenchmarkClinic} on an embedded PostgreSQL, then times the
 * clinician dashboard's flags and the adherence summaries against their targets, as the application
 * role with the clinic set. A benchmark prints figures; it fails no build.
 *
 * <p>Arguments: {@code --data-dir=DIR} (default {@code bench/target/postgres}, emptied first),
 * {@code --reuse} (keep a clinic seeded by an earlier run: migrate and measure only), {@code
 * --explain} (print every plan, not only those of statements that miss their target).
 */
public final class EngagementBenchmark {

  /** Held so that its level stays set: the migration's progress is not the benchmark's output. */
  private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

  private static final double FLAGS_TARGET_MS = 300;
  private static final double SUMMARY_TARGET_MS = 20;
  private static final double ALL_SUMMARIES_TARGET_MS = 5_000;

  private final EngagementQueries queries;
  private final boolean explainAll;
  private final Instant now = Instant.now();
  private final LocalDate to;
  private final LocalDate from;

  private EngagementBenchmark(EngagementQueries queries, boolean explainAll) {
    this.queries = queries;
    this.explainAll = explainAll;
    this.to = LocalDate.ofInstant(now, queries.zone());
    this.from = to.minusDays(364);
  }

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    Path dataDirectory =
        Path.of(option(arguments, "--data-dir=").orElse("bench/target/postgres")).toAbsolutePath();
    boolean reuse = arguments.contains("--reuse");
    LIQUIBASE.setLevel(Level.WARNING);
    if (!reuse) {
      deleteRecursively(dataDirectory);
    }
    System.out.printf(
        "Engagement benchmark — %d CPUs, %d MB heap, data in %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        dataDirectory);
    try (var database = EmbeddedDatabase.start(dataDirectory, true)) {
      migrateQuietly(database);
      UUID clinic = clinic(database.owner(), reuse);
      System.out.println("Rows:");
      BenchmarkClinic.rowCounts(database.owner(), clinic)
          .forEach((table, count) -> System.out.printf("  %-30s %s%n", table, count));
      try (var queries = EngagementQueries.asClinic(database.app(), clinic)) {
        new EngagementBenchmark(queries, arguments.contains("--explain")).measure();
      }
    }
  }

  /** Liquibase reports each change set and a summary on the console unless told to log them. */
  static void migrateQuietly(EmbeddedDatabase database) throws Exception {
    Scope.child(
        Map.of(
            Scope.Attr.ui.name(),
            new LoggerUIService(),
            "liquibase.command.showSummaryOutput",
            "LOG"),
        () -> Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE));
  }

  private static UUID clinic(DatabaseLogin owner, boolean reuse) throws SQLException {
    Optional<UUID> seeded = reuse ? BenchmarkClinic.existing(owner) : Optional.empty();
    if (seeded.isPresent()) {
      System.out.println("Seed: reusing the clinic seeded by an earlier run");
      return seeded.get();
    }
    System.out.println("Seed (as the schema owner, clinic set by set_config):");
    return BenchmarkClinic.seed(owner);
  }

  private void measure() throws SQLException {
    System.out.printf(
        "Measured as %s with the clinic set (row-level security on); summaries over %s..%s;"
            + " load average %s%n",
        EmbeddedDatabase.APP_ROLE, from, to, loadAverage());
    List<UUID> clients = shuffledClients();
    measureFlags();
    measureOneSummary(clients);
    measureServiceSummary(clients);
    measureAllSummaries();
    System.out.printf("Load average after measuring: %s%n", loadAverage());
  }

  /** The machine's one-minute load average: other work on it slows every figure above. */
  static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format("%.1f", load);
  }

  /** The clinician dashboard's flag query: 5 warm-up runs, then 20. */
  private void measureFlags() throws SQLException {
    var flags = queries.flags(now);
    int raised = 0;
    for (int i = 0; i < 5; i++) {
      raised = queries.run(flags);
    }
    var samples = new Samples();
    for (int i = 0; i < 20; i++) {
      samples.time(() -> queries.run(flags));
    }
    report("dashboard flags (FLAGS)", samples, FLAGS_TARGET_MS, raised + " flags", flags);
  }

  /** One client's summary: 10 warm-up clients, then 100 others, each once. */
  private void measureOneSummary(List<UUID> clients) throws SQLException {
    for (UUID client : clients.subList(100, 110)) {
      queries.run(queries.summary(client, from, to, now));
    }
    var samples = new Samples();
    for (UUID client : clients.subList(0, 100)) {
      samples.time(() -> queries.run(queries.summary(client, from, to, now)));
    }
    report(
        "one client's summary",
        samples,
        SUMMARY_TARGET_MS,
        "100 clients",
        queries.summary(clients.getFirst(), from, to, now));
  }

  /**
   * What {@code Adherence.of} costs as written: the client's summary and then the client's own
   * flags (read from the client's rows alone). No target of its own; printed for comparison.
   */
  private void measureServiceSummary(List<UUID> clients) throws SQLException {
    var samples = new Samples();
    for (UUID client : clients.subList(0, 20)) {
      samples.time(
          () -> {
            queries.run(queries.summary(client, from, to, now));
            queries.run(queries.flagsOf(client, now));
          });
    }
    System.out.printf(
        "  %-34s median %8.1f ms   p95 %8.1f ms   (summary + own flags, 20 clients; no target)%n",
        "Adherence.of as written", samples.median(), samples.p95());
  }

  /** Every client's summary in one statement: 1 warm-up run, then 5. */
  private void measureAllSummaries() throws SQLException {
    var all = queries.summaries(from, to, now);
    int rows = queries.run(all);
    var samples = new Samples();
    for (int i = 0; i < 5; i++) {
      samples.time(() -> queries.run(all));
    }
    report("all summaries of the clinic", samples, ALL_SUMMARIES_TARGET_MS, rows + " rows", all);
  }

  /**
   * One line per statement, judged on the 95th percentile where there are 20 runs or more (the
   * median otherwise); the plan follows when the statement misses its target.
   */
  private void report(
      String name, Samples samples, double targetMs, String note, EngagementSql.Bound bound)
      throws SQLException {
    double judged = samples.count() >= 20 ? samples.p95() : samples.median();
    boolean met = judged < targetMs;
    System.out.printf(
        "  %-34s median %8.1f ms   p95 %8.1f ms   target < %,.0f ms (%s): %s   [%s; %s]%n",
        name,
        samples.median(),
        samples.p95(),
        targetMs,
        samples.count() >= 20 ? "p95" : "median",
        met ? "MET" : "MISSED",
        note,
        queries.planCache(bound));
    if (!met || explainAll) {
      System.out.println("    EXPLAIN (ANALYZE, BUFFERS) of " + name + ":");
      queries.explain(bound).lines().forEach(line -> System.out.println("      " + line));
    }
  }

  /** The clinic's clients in an order fixed by a seed, so that runs pick the same ones. */
  private List<UUID> shuffledClients() throws SQLException {
    List<UUID> clients = new ArrayList<>(queries.clientIds());
    clients.sort(Comparator.naturalOrder());
    Collections.shuffle(clients, new Random(2026));
    return clients;
  }

  static Optional<String> option(List<String> arguments, String prefix) {
    return arguments.stream()
        .filter(argument -> argument.startsWith(prefix))
        .map(argument -> argument.substring(prefix.length()))
        .findFirst();
  }

  /** Empties the data folder of an earlier run; refuses any folder that is not one. */
  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    boolean isEmpty;
    try (Stream<Path> entries = Files.list(directory)) {
      isEmpty = entries.findAny().isEmpty();
    }
    if (!isEmpty && !Files.exists(directory.resolve("PG_VERSION"))) {
      throw new IllegalArgumentException(
          directory + " holds something other than a PostgreSQL data folder; not emptying it");
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
