package org.aftercare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A one-off is done once answered; a repeating measure moves on by its interval, past occurrences
 * the client let go by, so they do not pile up; a stopped one is never due.
 */
class MeasureScheduleTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

  @Test
  void oneOffIsDueUntilAnsweredAndThenNeverAgain() {
    var once = assignment(MeasureSchedule.once());

    assertThat(once.isDueOn(MONDAY.minusDays(1))).isFalse();
    assertThat(once.isDueOn(MONDAY)).isTrue();
    assertThat(once.isDueOn(MONDAY.plusDays(5))).as("still due while unanswered").isTrue();

    once.answered(MONDAY.plusDays(5));

    assertThat(once.isDueOn(MONDAY.plusYears(1))).isFalse();
    assertThat(once.nextDue()).isEmpty();
  }

  @Test
  void repeatingMeasureMovesOnByItsIntervalFromTheDayItWasDue() {
    var fortnightly = assignment(MeasureSchedule.everyWeeks(2));

    fortnightly.answered(MONDAY.plusDays(1));

    assertThat(fortnightly.nextDue()).contains(MONDAY.plusWeeks(2));
  }

  @Test
  void occurrencesLetGoByDoNotPileUp() {
    var weekly = assignment(MeasureSchedule.everyWeeks(1));

    weekly.answered(MONDAY.plusDays(15));

    assertThat(weekly.nextDue()).contains(MONDAY.plusWeeks(3));
  }

  @Test
  void stoppedMeasureIsNeverDue() {
    var weekly = assignment(MeasureSchedule.everyDays(7));

    weekly.stop(Instant.EPOCH);

    assertThat(weekly.isDueOn(MONDAY)).isFalse();
    assertThat(weekly.nextDue()).isEmpty();
  }

  @Test
  void intervalIsBetweenOneDayAndFiftyTwoWeeks() {
    assertThatThrownBy(() -> MeasureSchedule.everyDays(0).validate())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MeasureSchedule.everyWeeks(53).validate())
        .isInstanceOf(InvalidInputException.class);
    MeasureSchedule.everyWeeks(52).validate();
    assertThat(MeasureSchedule.everyWeeks(2).describe()).isEqualTo("Every 2 weeks");
    assertThat(MeasureSchedule.everyDays(10).describe()).isEqualTo("Every 10 days");
    assertThat(MeasureSchedule.once().describe()).isEqualTo("Once");
  }

  private static MeasureAssignment assignment(MeasureSchedule schedule) {
    return new MeasureAssignment(
        UUID.randomUUID(), Instrument.PHQ_9, schedule, MONDAY, null, Instant.EPOCH);
  }
}
