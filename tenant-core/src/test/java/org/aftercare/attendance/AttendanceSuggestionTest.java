package org.aftercare.attendance;

import static org.aftercare.attendance.PresenceKind.JOIN;
import static org.aftercare.attendance.PresenceKind.LEAVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftercare.attendance.AttendanceSuggestion.Reported;
import org.junit.jupiter.api.Test;

/**
 * A 90-minute session from 18:00 with five minutes' grace: what the video service's joins and
 * leaves suggest, in whatever order they arrived.
 */
class AttendanceSuggestionTest {

  private static final Instant START = Instant.parse("2026-11-24T18:00:00Z");
  private static final Instant END = START.plus(Duration.ofMinutes(90));
  private static final Duration GRACE = Duration.ofMinutes(5);
  private static final Instant AFTER = END.plus(Duration.ofHours(1));

  @Test
  void joiningWithinTheGraceAndStayingToTheEndIsPresent() {
    var suggested = suggest(AFTER, join(4), leave(89));

    assertThat(suggested.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(suggested.joined()).contains(START.plus(Duration.ofMinutes(4)));
  }

  @Test
  void joiningAfterTheGraceIsLate() {
    assertThat(suggest(AFTER, join(6), leave(90)).status()).isEqualTo(AttendanceStatus.LATE);
  }

  @Test
  void leavingBeforeTheEndMinusTheGraceIsLeftEarly() {
    var suggested = suggest(AFTER, join(0), leave(60));

    assertThat(suggested.status()).isEqualTo(AttendanceStatus.LEFT_EARLY);
    assertThat(suggested.left()).contains(START.plus(Duration.ofMinutes(60)));
  }

  @Test
  void aDroppedConnectionAndARejoinIsNotLeavingEarly() {
    assertThat(suggest(AFTER, join(0), leave(30), join(32)).status())
        .isEqualTo(AttendanceStatus.PRESENT);
  }

  @Test
  void theOrderOfArrivalDoesNotMatterOnlyTheReportedTimes() {
    assertThat(suggest(AFTER, join(32), leave(30), join(0)).status())
        .isEqualTo(AttendanceStatus.PRESENT);
    assertThat(suggest(AFTER, leave(60), join(0)).status()).isEqualTo(AttendanceStatus.LEFT_EARLY);
  }

  @Test
  void aLeaveWhoseJoinHasNotArrivedStillCountsTheClientIn() {
    var suggested = suggest(AFTER, leave(88));

    assertThat(suggested.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(suggested.joined()).isEmpty();
  }

  @Test
  void lateWinsOverLeftEarly() {
    assertThat(suggest(AFTER, join(20), leave(40)).status()).isEqualTo(AttendanceStatus.LATE);
  }

  @Test
  void neverJoiningIsAbsentOnlyOnceTheSessionIsOver() {
    assertThat(AttendanceSuggestion.from(List.of(), START, END, GRACE, END.minusSeconds(1)))
        .isEmpty();
    assertThat(AttendanceSuggestion.from(List.of(), START, END, GRACE, END))
        .map(AttendanceSuggestion::status)
        .contains(AttendanceStatus.ABSENT);
  }

  private static AttendanceSuggestion suggest(Instant now, Reported... reports) {
    Optional<AttendanceSuggestion> suggested =
        AttendanceSuggestion.from(List.of(reports), START, END, GRACE, now);
    assertThat(suggested).isPresent();
    return suggested.get();
  }

  private static Reported join(int minutes) {
    return new Reported(JOIN, START.plus(Duration.ofMinutes(minutes)));
  }

  private static Reported leave(int minutes) {
    return new Reported(LEAVE, START.plus(Duration.ofMinutes(minutes)));
  }
}
