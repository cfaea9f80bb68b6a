package org.aftercare.engagement;

import static org.aftercare.engagement.FlagReason.HIGH_CRAVING;
import static org.aftercare.engagement.FlagReason.MISSED_SESSIONS;
import static org.aftercare.engagement.FlagReason.NO_CHECK_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one rule for news in the flags: a reason not seen before is fresh, a client no longer flagged
 * is cleared, and a reason that went away and returns is fresh again.
 */
class FlagChangesTest {

  private final UUID alex = UUID.randomUUID();
  private final UUID blake = UUID.randomUUID();

  @Test
  void firstFlagsAreAllFresh() {
    var changes = FlagChanges.since(Map.of(), Map.of(alex, flags(HIGH_CRAVING, NO_CHECK_IN)));

    assertThat(changes.raised()).containsEntry(alex, EnumSet.of(HIGH_CRAVING, NO_CHECK_IN));
    assertThat(changes.freshOf(alex)).containsExactlyInAnyOrder(HIGH_CRAVING, NO_CHECK_IN);
    assertThat(changes.cleared()).isEmpty();
  }

  @Test
  void flagsSeenBeforeAreNoNewsAndOnlyTheNewReasonIs() {
    var changes =
        FlagChanges.since(
            Map.of(alex, Set.of(NO_CHECK_IN)), Map.of(alex, flags(NO_CHECK_IN, MISSED_SESSIONS)));

    assertThat(changes.freshOf(alex)).containsExactly(MISSED_SESSIONS);
    assertThat(changes.fresh()).containsOnlyKeys(alex);
  }

  @Test
  void clientNoLongerFlaggedIsClearedAndTheSameFlagsAreNoNews() {
    var changes =
        FlagChanges.since(
            Map.of(alex, Set.of(HIGH_CRAVING), blake, Set.of(NO_CHECK_IN)),
            Map.of(blake, flags(NO_CHECK_IN)));

    assertThat(changes.cleared()).containsExactly(alex);
    assertThat(changes.fresh()).isEmpty();
    assertThat(changes.raised()).containsOnlyKeys(blake);
  }

  @Test
  void reasonThatWentAwayWhileAnotherHeldIsFreshWhenItReturns() {
    var wentAway =
        FlagChanges.since(
            Map.of(alex, Set.of(HIGH_CRAVING, NO_CHECK_IN)), Map.of(alex, flags(NO_CHECK_IN)));
    var returned =
        FlagChanges.since(wentAway.raised(), Map.of(alex, flags(NO_CHECK_IN, HIGH_CRAVING)));

    assertThat(wentAway.fresh()).isEmpty();
    assertThat(returned.freshOf(alex)).containsExactly(HIGH_CRAVING);
  }

  @Test
  void codesAreSortedNamesAndReadBack() {
    String codes = FlagChanges.codes(EnumSet.of(NO_CHECK_IN, HIGH_CRAVING, MISSED_SESSIONS));

    assertThat(codes).isEqualTo("HIGH_CRAVING,MISSED_SESSIONS,NO_CHECK_IN");
    assertThat(FlagChanges.fromCodes(codes))
        .containsExactlyInAnyOrder(NO_CHECK_IN, HIGH_CRAVING, MISSED_SESSIONS);
    assertThat(FlagChanges.fromCodes("")).isEmpty();
  }

  private List<Flag> flags(FlagReason... reasons) {
    return Arrays.stream(reasons).map(reason -> new Flag(alex, reason, 9)).toList();
  }
}
