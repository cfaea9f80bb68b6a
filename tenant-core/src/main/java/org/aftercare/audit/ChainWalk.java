package org.aftercare.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Checks a clinic's entries one at a time in chain order, remembering only the link before: no
 * matter how long the trail, it holds one entry's worth of state.
 */
final class ChainWalk {

  private final UUID tenantId;
  private final ChainKey key;
  private boolean keyed;
  private long expectedSequence = 1;
  private String previousHash = AuditChain.GENESIS_HASH;
  private long checked;

  ChainWalk(UUID tenantId, ChainKey key) {
    this.tenantId = tenantId;
    this.key = key;
  }

  /** The break at this entry, if any; a walk that has found a break is not meant to go on. */
  Optional<ChainBreak> check(AuditEvent event) {
    checked++;
    ChainBreak.Reason problem = problemWith(event);
    if (problem != null) {
      return Optional.of(
          new ChainBreak(event.getSequence(), event.getId(), problem, expectedSequence));
    }
    expectedSequence = event.getSequence() + 1;
    previousHash = event.getHash();
    keyed = event.getHashKind() == AuditEvent.HashKind.HMAC;
    return Optional.empty();
  }

  // A gap first: after missing entries the previous hash cannot match either, and the gap is the
  // truer account of what happened.
  private ChainBreak.Reason problemWith(AuditEvent event) {
    if (event.getSequence() != expectedSequence) {
      return ChainBreak.Reason.GAP;
    }
    if (!previousHash.equals(event.getPreviousHash())) {
      return ChainBreak.Reason.PREVIOUS_HASH_MISMATCH;
    }
    if (keyed && event.getHashKind() != AuditEvent.HashKind.HMAC) {
      // Once keyed, always keyed: a plain hash after a keyed one is someone re-hashing without
      // the key.
      return ChainBreak.Reason.UNKEYED_AFTER_KEYED;
    }
    if (event.getHashKind() == AuditEvent.HashKind.HMAC && !key.isConfigured()) {
      return ChainBreak.Reason.KEY_NOT_CONFIGURED;
    }
    if (!event.isHashIntact(tenantId, key)) {
      return ChainBreak.Reason.HASH_MISMATCH;
    }
    return null;
  }

  long checked() {
    return checked;
  }

  /** The sequence number of the last entry that verified; 0 before the first. */
  long lastVerifiedSequence() {
    return expectedSequence - 1;
  }
}
