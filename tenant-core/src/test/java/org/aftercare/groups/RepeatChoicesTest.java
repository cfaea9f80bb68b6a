package org.aftercare.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every repeat the group editor offers (weekly on any set of days every one to eight weeks, monthly
 * on the first to fourth or last of any weekday, each with no end, a last day or a number of
 * sessions) makes a rule that reads back as the same choices; rules written by the editor before
 * the core read them still open as choices; a rule that says more than the choices can is no choice
 * at all, so the editor keeps it as typed.
 */
class RepeatChoicesTest {

  private static final List<UnaryOperator<RepeatChoices>> ENDINGS =
      List.of(
          choices -> choices,
          choices -> choices.until(LocalDate.of(2027, 6, 30)),
          choices -> choices.forSessions(12));

  @Test
  void everyWeeklyChoiceRoundTripsThroughItsRule() {
    List<RepeatChoices> offered = new ArrayList<>();
    for (Set<DayOfWeek> days : everySetOfDays()) {
      for (int everyWeeks = 1; everyWeeks <= RepeatChoices.MOST_WEEKS_APART; everyWeeks++) {
        for (var ending : ENDINGS) {
          offered.add(ending.apply(RepeatChoices.weekly(everyWeeks, days)));
        }
      }
    }

    assertThat(offered).hasSize(128 * 8 * 3);
    assertThat(offered)
        .allSatisfy(choices -> assertThat(RepeatChoices.from(choices.toRule())).contains(choices));
  }

  @Test
  void everyMonthlyChoiceRoundTripsThroughItsRule() {
    List<RepeatChoices> offered = new ArrayList<>();
    for (int week : List.of(1, 2, 3, 4, RepeatChoices.LAST)) {
      for (DayOfWeek weekday : DayOfWeek.values()) {
        for (var ending : ENDINGS) {
          offered.add(ending.apply(RepeatChoices.monthlyOn(week, weekday)));
        }
      }
    }

    assertThat(offered).hasSize(5 * 7 * 3);
    assertThat(offered)
        .allSatisfy(choices -> assertThat(RepeatChoices.from(choices.toRule())).contains(choices));
  }

  @Test
  void theRulesReadAsAClinicianWouldWriteThem() {
    assertThat(RepeatChoices.weekly(1, EnumSet.of(DayOfWeek.TUESDAY)).toRule())
        .isEqualTo("FREQ=WEEKLY;BYDAY=TU");
    assertThat(
            RepeatChoices.weekly(2, EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.TUESDAY))
                .until(LocalDate.of(2027, 1, 31))
                .toRule())
        .isEqualTo("FREQ=WEEKLY;UNTIL=20270131;INTERVAL=2;BYDAY=TU,TH");
    assertThat(RepeatChoices.monthlyOn(RepeatChoices.LAST, DayOfWeek.FRIDAY).toRule())
        .isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
  }

  @Test
  void rulesTheEditorWroteBeforeOpenAsTheSameChoices() {
    assertThat(RepeatChoices.from("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270131"))
        .contains(
            RepeatChoices.weekly(2, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY))
                .until(LocalDate.of(2027, 1, 31)));
    assertThat(RepeatChoices.from("FREQ=MONTHLY;BYDAY=3TH;COUNT=10"))
        .contains(RepeatChoices.monthlyOn(3, DayOfWeek.THURSDAY).forSessions(10));
    assertThat(RepeatChoices.from("FREQ=WEEKLY")).contains(RepeatChoices.weekly(1, Set.of()));
  }

  @Test
  void theOrderOfPartsAndDaysAndASpelledOutIntervalOfOneDoNotMatter() {
    assertThat(RepeatChoices.from("BYDAY=FR,MO;INTERVAL=1;FREQ=WEEKLY"))
        .contains(RepeatChoices.weekly(1, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FREQ=DAILY",
        "FREQ=WEEKLY;INTERVAL=9;BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=1MO",
        "FREQ=WEEKLY;BYDAY=MO;BYMONTH=3,4",
        "FREQ=WEEKLY;BYDAY=MO;WKST=SU",
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270131T120000Z",
        "FREQ=MONTHLY;BYDAY=FR",
        "FREQ=MONTHLY;BYDAY=5FR",
        "FREQ=MONTHLY;BYDAY=1MO,3MO",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO",
        "every other tuesday",
        ""
      })
  void aRuleThatSaysMoreThanTheChoicesIsNoChoice(String rule) {
    assertThat(RepeatChoices.from(rule)).isEmpty();
  }

  private static List<Set<DayOfWeek>> everySetOfDays() {
    return Stream.iterate(0, mask -> mask < 1 << 7, mask -> mask + 1)
        .map(
            mask -> {
              Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
              for (DayOfWeek day : DayOfWeek.values()) {
                if ((mask & 1 << day.ordinal()) != 0) {
                  days.add(day);
                }
              }
              return days;
            })
        .toList();
  }
}
