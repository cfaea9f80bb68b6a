package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

    var walk = new ChainWalk(UUID.randomUUID());

    assertThat(walk.check(otherClinics.getFirst()))
        .get()
        .extracting(ChainBreak::reason)
        .isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
  }

  private static Optional<ChainBreak> walk(List<AuditEvent> chain) {
    var walk = new ChainWalk(GoldenEntries.TENANT);
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
