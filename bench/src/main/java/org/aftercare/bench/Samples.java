package org.aftercare.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Measured durations of one statement, in milliseconds, and their median and 95th percentile. */
final class Samples {

  private final List<Double> millis = new ArrayList<>();

  /** Runs {@code work} once and keeps how long it took. */
  void time(Work work) throws SQLException {
    long start = System.nanoTime();
    work.run();
    millis.add((System.nanoTime() - start) / 1e6);
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  int count() {
    return millis.size();
  }

  /** Nearest rank: the smallest sample that at least {@code percent} % of samples do not exceed. */
  private double percentile(int percent) {
    List<Double> sorted = millis.stream().sorted(Comparator.naturalOrder()).toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  /** A measured piece of work: statements run over JDBC. */
  @FunctionalInterface
  interface Work {
    void run() throws SQLException;
  }
}
