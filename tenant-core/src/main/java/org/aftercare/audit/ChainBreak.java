package org.aftercare.audit;

import java.util.UUID;

/**
 * Where a clinic's audit chain first fails to verify: the entry found at that point and why.
 *
 * @param sequence the sequence number of the entry where the chain breaks
 * @param eventId that entry's id
 * @param reason what is wrong there
 * @param expectedSequence the sequence number the chain expected at that point (differs from {@code
 *     sequence} only for a gap)
 */
public record ChainBreak(long sequence, UUID eventId, Reason reason, long expectedSequence) {

  public enum Reason {
    /** The entry's fields no longer give its stored hash: it was changed after it was written. */
    HASH_MISMATCH,
    /** The entry does not point to the hash of the entry before it. */
    PREVIOUS_HASH_MISMATCH,
    /** Entries are missing before this one. */
    GAP,
    /** A plain SHA-256 hash after keyed ones: re-hashed by someone without the key. */
    UNKEYED_AFTER_KEYED,
    /** The entry is keyed but this portal has no key to check it with. */
    KEY_NOT_CONFIGURED
  }

  /** The break in words an administrator can act on. */
  public String explanation() {
    return switch (reason) {
      case HASH_MISMATCH ->
          "Entry #%d was changed after it was written: its contents no longer match its hash."
              .formatted(sequence);
      case PREVIOUS_HASH_MISMATCH ->
          "Entry #%d does not link to entry #%d: an entry was changed, replaced or re-hashed."
              .formatted(sequence, sequence - 1);
      case UNKEYED_AFTER_KEYED ->
          "Entry #%d was re-hashed without the audit key after keyed entries: it was changed."
              .formatted(sequence);
      case KEY_NOT_CONFIGURED ->
          "Entry #%d is keyed, and this portal has no audit key (aftercare.audit.chain-key) to"
                  .formatted(sequence)
              + " check it with.";
      case GAP ->
          sequence == expectedSequence + 1
              ? "Entry #%d is missing: the trail goes on at entry #%d."
                  .formatted(expectedSequence, sequence)
              : "Entries #%d to #%d are missing: the trail goes on at entry #%d."
                  .formatted(expectedSequence, sequence - 1, sequence);
    };
  }
}
