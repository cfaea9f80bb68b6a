package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  @Test
  void anUnbrokenChainVerifiesToTheEnd() {
    var chain = GoldenEntries.chainOf(5);

    assertThat(walk(chain)).isEmpty();
  }

  @Test
  void aChangedFieldIsAHashMismatchAtThatEntry() throws ReflectiveOperationException {
    var chain = GoldenEntries.chainOf(5);
    overwrite(chain.get(2), "actor", "someone.else@example.org");

    var broken = walk(chain).orElseThrow();

    assertThat(broken.sequence()).isEqualTo(3);
    assertThat(broken.eventId()).isEqualTo(chain.get(2).getId());
    assertThat(broken.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
  }

  @Test
  void aChangedEntryWithARecomputedHashBreaksTheNextLink() throws ReflectiveOperationException {
    var chain = GoldenEntries.chainOf(5);
    var changed = chain.get(2);
    overwrite(changed, "actor", "someone.else@example.org");
    overwrite(changed, "hash", AuditChain.hashOf(GoldenEntries.TENANT, changed));

    var broken = walk(chain).orElseThrow();

    assertThat(broken.sequence()).isEqualTo(4);
    assertThat(broken.reason()).isEqualTo(ChainBreak.Reason.PREVIOUS_HASH_MISMATCH);
    assertThat(broken.explanation()).contains("#4", "#3");
  }

  @Test
  void aMissingEntryIsAGap() {
    var chain = GoldenEntries.chainOf(5);
    chain.remove(1);

    var broken = walk(chain).orElseThrow();

    assertThat(broken.sequence()).isEqualTo(3);
    assertThat(broken.expectedSequence()).isEqualTo(2);
    assertThat(broken.reason()).isEqualTo(ChainBreak.Reason.GAP);
    assertThat(broken.explanation()).startsWith("Entry #2 is missing");
  }

  @Test
  void aMissingFirstEntryIsAGapToo() {
    var chain = GoldenEntries.chainOf(3);
    chain.removeFirst();

    assertThat(walk(chain)).get().extracting(ChainBreak::reason).isEqualTo(ChainBreak.Reason.GAP);
  }

  @Test
  void anEntryOfAnotherClinicDoesNotVerifyHere() {
    var otherClinics = GoldenEntries.chainOf(1);

    var walk = new ChainWalk(UUID.randomUUID(), ChainKey.NONE);

    assertThat(walk.check(otherClinics.getFirst()))
        .get()
        .extracting(ChainBreak::reason)
        .isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
  }

  private static final ChainKey KEY =
      ChainKey.of("a key for the chain of this unit test, long enough");

  @Test
  void aKeyedChainVerifiesOnlyWithItsKey() {
    var chain = GoldenEntries.chainOf(3, KEY);

    assertThat(walk(chain, KEY)).isEmpty();
    assertThat(walk(chain, ChainKey.of("another key, just as long as the first one is")))
        .get()
        .extracting(ChainBreak::sequence, ChainBreak::reason)
        .containsExactly(1L, ChainBreak.Reason.HASH_MISMATCH);
    assertThat(walk(chain, ChainKey.NONE))
        .get()
        .extracting(ChainBreak::reason)
        .isEqualTo(ChainBreak.Reason.KEY_NOT_CONFIGURED);
  }

  /**
   * Entries from before the key stay plain; after the first keyed one, a plain one is a forgery.
   */
  @Test
  void plainEntriesMayOnlyComeBeforeTheKeyedOnes() throws ReflectiveOperationException {
    var fromBeforeTheKey = GoldenEntries.chainOf(2);
    var keyedThenPlain = GoldenEntries.chainOf(3, KEY);
    var third = keyedThenPlain.get(2);
    overwrite(third, "hashKind", AuditEvent.HashKind.SHA256);
    overwrite(third, "hash", AuditChain.hashOf(GoldenEntries.TENANT, third));

    assertThat(walk(fromBeforeTheKey, KEY)).isEmpty();
    assertThat(walk(keyedThenPlain, KEY))
        .get()
        .extracting(ChainBreak::sequence, ChainBreak::reason)
        .containsExactly(3L, ChainBreak.Reason.UNKEYED_AFTER_KEYED);
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> ChainKey.of("too short")).hasMessageContaining("at least 32");
  }

  private static Optional<ChainBreak> walk(List<AuditEvent> chain) {
    return walk(chain, ChainKey.NONE);
  }

  private static Optional<ChainBreak> walk(List<AuditEvent> chain, ChainKey key) {
    var walk = new ChainWalk(GoldenEntries.TENANT, key);
    for (AuditEvent event : chain) {
      var broken = walk.check(event);
      if (broken.isPresent()) {
        return broken;
      }
    }
    assertThat(walk.checked()).isEqualTo(chain.size());
    return Optional.empty();
  }

  /** What a database owner could do to a stored row, which the entity itself never allows. */
  private static void overwrite(AuditEvent event, String field, Object value)
      throws ReflectiveOperationException {
    Field target = AuditEvent.class.getDeclaredField(field);
    target.setAccessible(true);
    target.set(event, value);
  }
}
