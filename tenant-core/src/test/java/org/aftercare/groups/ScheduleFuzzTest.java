package org.aftercare.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.aftercare.shared.InvalidInputException;

/**
 * The repeat rule a clinician types in the group editor (or a clinic's system sends to the REST
 * API) reaches {@link RepeatChoices#from} and {@link Schedule}: whatever it says, the editor gets
 * choices or none, and a schedule is either valid or refused with the field's message, never a
 * crash the screen cannot word.
 */
class ScheduleFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "FREQ=",
    "WEEKLY",
    "MONTHLY",
    "DAILY",
    "YEARLY",
    ";BYDAY=",
    ";INTERVAL=",
    ";COUNT=",
    ";UNTIL=",
    "T180000Z",
    ";BYSETPOS=",
    ";BYMONTHDAY=",
    ";BYMONTH=",
    ";WKST=",
    ";BYWEEKNO=",
    ";BYYEARDAY=",
    "TU,TH",
    "-1SU",
    "1SA",
    "RRULE:"
  })
  void typedRuleGivesTheEditorChoicesOrNone(byte[] typed) {
    String rule = new String(typed, StandardCharsets.UTF_8);

    var choices = RepeatChoices.from(rule);

    choices.ifPresent(
        read ->
            assertThat(RepeatChoices.from(read.toRule())).as("choices of " + rule).hasValue(read));
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "FREQ=", "WEEKLY", "MONTHLY", ";BYDAY=", ";INTERVAL=", ";COUNT=", ";UNTIL=", "T235959Z",
    ";BYSETPOS=", ";BYMONTHDAY=", ";BYHOUR=", ";BYMINUTE=", "TU,TH", "-1SU", "5FR", "RRULE:"
  })
  void scheduleIsValidOrRefusedWithTheFieldsMessage(FuzzedDataProvider data) {
    var schedule =
        new Schedule(
            data.consumeString(200),
            LocalDate.ofEpochDay(data.consumeLong(-40_000, 80_000)),
            LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399)),
            data.consumeInt(-10, 1_000),
            data.pickValue(ZONES));

    try {
      schedule.validate();
    } catch (InvalidInputException refused) {
      assertThat(refused.field()).isIn("rule", "durationMinutes", "timeZone");
      return;
    }

    assertThat(ScheduleSummary.of(schedule, Locale.ENGLISH)).isNotBlank();
    assertThat(ScheduleSummary.of(schedule, Locale.forLanguageTag("es"))).isNotBlank();
    Instant first =
        schedule.firstDay().atTime(schedule.startTime()).atZone(schedule.zone()).toInstant();
    List<Instant> year = schedule.occurrences(first, first.plus(Duration.ofDays(366)));
    assertThat(year).isNotEmpty();
  }

  /** Zones of the editor's list, and what a hand-made request might send instead. */
  private static final List<String> ZONES =
      List.of(
          "America/Chicago",
          "America/New_York",
          "Europe/Berlin",
          "Australia/Lord_Howe",
          "Pacific/Kiritimati",
          "UTC",
          "",
          "Mars/Olympus",
          "+14:00");
}
