package org.aftercare.outcomes;

import java.util.OptionalInt;

/** {@code count} of {@code of}: a share, with no percentage when there is nothing to share. */
public record Share(int count, int of) {

  /** Rounded to a whole percent; empty when {@code of} is zero (no sessions held, no one due). */
  public OptionalInt percent() {
    return of == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * count / of));
  }

  /** "12 of 40 (30 %)", or "none yet" when there is nothing to count. */
  public String describe() {
    return of == 0 ? "none yet" : count + " of " + of + " (" + percent().getAsInt() + " %)";
  }
}
