package org.aftercare.measures;

/** A range of totals, both ends included, and what the instrument's authors call it. */
public record ScoreBand(int from, int to, String label) {

  boolean holds(int total) {
    return total >= from && total <= to;
  }
}
