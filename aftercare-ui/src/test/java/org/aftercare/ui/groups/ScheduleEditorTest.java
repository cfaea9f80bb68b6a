package org.aftercare.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.aftercare.groups.Schedule;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.junit.jupiter.api.Test;

/**
 * The schedule editor without a browser: what a clinician chooses becomes the rule and the summary
 * they read aloud; a saved schedule opens in the same choices, or as the rule typed when the
 * choices cannot say it; a schedule the domain refuses shows its message under the choice at fault.
 */
class ScheduleEditorTest {

  private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

  private final ScheduleEditor editor = new ScheduleEditor();

  @Test
  void aNewGroupMeetsWeeklyOnItsFirstDaysWeekdayAtSixForNinetyMinutes() {
    editor.showNew(TUESDAY, "America/Chicago");

    assertThat(editor.value())
        .isEqualTo(
            new Schedule(
                "FREQ=WEEKLY;BYDAY=TU", TUESDAY, LocalTime.of(18, 0), 90, "America/Chicago"));
    assertThat(editor.summary.getText())
        .isEqualTo("Every Tuesday at 18:00 (America/Chicago), 90 min, from 5 Jan 2027");
  }

  @Test
  void daysEveryOtherWeekUntilADayMakeTheirRule() {
    editor.showNew(TUESDAY, "America/Chicago");

    editor.everyWeeks.setValue(2);
    editor.days.setValue(EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.TUESDAY));
    editor.ends.setValue("Until a date");
    editor.until.setValue(LocalDate.of(2027, 3, 31));

    assertThat(editor.value().rule())
        .isEqualTo("FREQ=WEEKLY;UNTIL=20270331;INTERVAL=2;BYDAY=TU,TH");
    assertThat(editor.summary.getText())
        .isEqualTo(
            "Every second week on Tuesday and Thursday at 18:00 (America/Chicago), 90 min,"
                + " from 5 Jan 2027 until 31 Mar 2027");
  }

  @Test
  void theLastFridayOfTheMonthForSixSessionsMakesItsRule() {
    editor.showNew(TUESDAY, "America/Chicago");

    editor.repeat.setValue("Monthly on a weekday");
    editor.position.setValue("Last");
    editor.weekday.setValue(DayOfWeek.FRIDAY);
    editor.ends.setValue("For a number of sessions");
    editor.count.setValue(6);

    assertThat(editor.value().rule()).isEqualTo("FREQ=MONTHLY;COUNT=6;BYDAY=-1FR");
    assertThat(editor.summary.getText()).startsWith("Every month on the last Friday at 18:00");
    assertThat(editor.days.isVisible()).isFalse();
    assertThat(editor.count.isVisible()).isTrue();
  }

  @Test
  void aSavedMonthlyScheduleOpensInItsChoices() {
    editor.show(
        new Schedule(
            "FREQ=MONTHLY;BYDAY=3TH;COUNT=10", TUESDAY, LocalTime.of(10, 30), 60, "Europe/Berlin"));

    assertThat(editor.repeat.getValue()).isEqualTo("Monthly on a weekday");
    assertThat(editor.position.getValue()).isEqualTo("Third");
    assertThat(editor.weekday.getValue()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(editor.ends.getValue()).isEqualTo("For a number of sessions");
    assertThat(editor.count.getValue()).isEqualTo(10);
    assertThat(editor.startTime.getValue()).isEqualTo(LocalTime.of(10, 30));
    assertThat(editor.duration.getValue()).isEqualTo(60);
    assertThat(editor.timeZone.getValue()).isEqualTo("Europe/Berlin");
  }

  @Test
  void aSavedWeeklyScheduleOpensInItsChoicesAndSavesTheSameSeries() {
    var saved =
        new Schedule(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270630",
            TUESDAY,
            LocalTime.of(18, 0),
            90,
            "America/Chicago");

    editor.show(saved);

    assertThat(editor.repeat.getValue()).isEqualTo("Weekly");
    assertThat(editor.everyWeeks.getValue()).isEqualTo(2);
    assertThat(editor.days.getValue())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
    assertThat(editor.until.getValue()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(editor.value().rule())
        .isEqualTo("FREQ=WEEKLY;UNTIL=20270630;INTERVAL=2;BYDAY=MO,WE");
  }

  @Test
  void aRuleTheChoicesCannotSayOpensAsTypedAndIsSavedUnchanged() {
    String rule = "FREQ=WEEKLY;BYDAY=MO;BYMONTH=3,4,5";

    editor.show(new Schedule(rule, TUESDAY, LocalTime.of(18, 0), 90, "America/Chicago"));

    assertThat(editor.repeat.getValue()).isEqualTo("Custom rule (RRULE)");
    assertThat(editor.customRule.getValue()).isEqualTo(rule);
    assertThat(editor.customRule.isVisible()).isTrue();
    assertThat(editor.days.isVisible()).isFalse();
    assertThat(editor.value().rule()).isEqualTo(rule);
  }

  @Test
  void aSeriesEndingBeforeItStartsShowsItsMessageAtTheLastDay() {
    editor.showNew(TUESDAY, "America/Chicago");
    var errors = editor.addFieldsTo(new FieldErrors(new TextField("Name")));

    editor.ends.setValue("Until a date");
    editor.until.setValue(TUESDAY.minusDays(7));
    InvalidInputException refused = refusalOf(editor.value());
    errors.show(refused);

    assertThat(editor.summary.getText())
        .isEqualTo("The series must end on or after its first day.");
    assertThat(editor.summary.hasClassName("aftercare-error-text")).isTrue();
    assertThat(editor.until.isInvalid()).isTrue();
    assertThat(editor.until.getErrorMessage())
        .isEqualTo("The series must end on or after its first day.");
  }

  @Test
  void aLengthOutOfBoundsShowsItsMessageAtTheLengthAndClearsOnTheNextTry() {
    editor.showNew(TUESDAY, "America/Chicago");
    var errors = editor.addFieldsTo(new FieldErrors(new TextField("Name")));

    editor.duration.setValue(3);
    errors.show(refusalOf(editor.value()));

    assertThat(editor.duration.isInvalid()).isTrue();
    assertThat(editor.duration.getErrorMessage())
        .isEqualTo("A session lasts between 5 and 600 minutes.");

    editor.duration.setValue(60);
    errors.clear();

    assertThat(editor.duration.isInvalid()).isFalse();
    assertThat(editor.summary.getText()).contains("60 min");
  }

  private static InvalidInputException refusalOf(Schedule schedule) {
    try {
      schedule.validate();
    } catch (InvalidInputException refused) {
      return refused;
    }
    throw new AssertionError("The domain accepted " + schedule);
  }
}
