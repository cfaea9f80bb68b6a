package org.aftercare.audit;

import java.util.Optional;

/**
 * The outcome of walking a clinic's audit chain from its first entry.
 *
 * @param rowsChecked entries examined, up to and including a break
 * @param firstBreak where the chain first fails, if it does
 */
public record ChainVerification(long rowsChecked, Optional<ChainBreak> firstBreak) {

  /** Every entry is unchanged and in place, as far as the last one written. */
  public boolean ok() {
    return firstBreak.isEmpty();
  }

  static ChainVerification intact(long rowsChecked) {
    return new ChainVerification(rowsChecked, Optional.empty());
  }

  static ChainVerification broken(long rowsChecked, ChainBreak firstBreak) {
    return new ChainVerification(rowsChecked, Optional.of(firstBreak));
  }
}
