package org.aftercare.ui.groups;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftercare.groups.RepeatChoices;
import org.aftercare.groups.Schedule;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.TimeZonePicker;

/**
 * Builds a group's iCalendar rule from plain choices (weekly on days, every N weeks, monthly on the
 * n-th weekday, until a date or for a number of sessions), or takes a rule typed by hand, and shows
 * the summary a clinician would say aloud as they change it.
 */
class ScheduleEditor extends VerticalLayout {

  private static final String WEEKLY = "Weekly";
  private static final String MONTHLY = "Monthly on a weekday";
  private static final String CUSTOM = "Custom rule (RRULE)";
  private static final String NO_END = "No end date";
  private static final String UNTIL = "Until a date";
  private static final String COUNT = "For a number of sessions";
  private static final Map<String, Integer> POSITIONS =
      Map.of("First", 1, "Second", 2, "Third", 3, "Fourth", 4, "Last", RepeatChoices.LAST);

  /** The choices stay English values (the unit test chooses by them); the page shows them so. */
  private static final Map<String, String> CHOICE_KEYS =
      Map.of(
          WEEKLY, "groups.schedule.weekly",
          MONTHLY, "groups.schedule.monthly",
          CUSTOM, "groups.schedule.custom",
          NO_END, "groups.schedule.noEnd",
          UNTIL, "groups.schedule.untilADate",
          COUNT, "groups.schedule.forANumber");

  // Package-private like ClientForm's fields, so that plain unit tests can choose as a user would.
  final RadioButtonGroup<String> repeat = new RadioButtonGroup<>(text("groups.schedule.repeat"));
  final IntegerField everyWeeks = new IntegerField(text("groups.schedule.everyWeeks"));
  final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(text("groups.schedule.days"));
  final Select<String> position = new Select<>();
  final Select<DayOfWeek> weekday = new Select<>();
  final TextField customRule = new TextField(text("groups.schedule.customRule"));
  final DatePicker firstDay = Pickers.date(text("groups.schedule.firstDay"));
  final TimePicker startTime = Pickers.time(text("groups.schedule.startTime"));
  final IntegerField duration = new IntegerField(text("groups.schedule.duration"));
  final TimeZonePicker timeZone = new TimeZonePicker(text("groups.schedule.timeZone"));
  final RadioButtonGroup<String> ends = new RadioButtonGroup<>(text("groups.schedule.ends"));
  final DatePicker until = Pickers.date(text("groups.schedule.until"));
  final IntegerField count = new IntegerField(text("groups.schedule.count"));
  final Paragraph summary = new Paragraph();

  ScheduleEditor() {
    setPadding(false);
    configure();
    var form =
        new FormLayout(
            repeat,
            everyWeeks,
            days,
            position,
            weekday,
            customRule,
            firstDay,
            startTime,
            duration,
            timeZone,
            ends,
            until,
            count);
    form.setColspan(repeat, 2);
    form.setColspan(days, 2);
    form.setColspan(customRule, 2);
    form.setColspan(ends, 2);
    summary.setId("schedule-summary");
    summary.getElement().setAttribute("aria-live", "polite");
    add(form, summary);
    showFieldsFor();
  }

  private void configure() {
    repeat.setId("schedule-repeat");
    repeat.setItems(WEEKLY, MONTHLY, CUSTOM);
    repeat.setItemLabelGenerator(choice -> text(CHOICE_KEYS.get(choice)));
    everyWeeks.setId("schedule-every-weeks");
    everyWeeks.setMin(1);
    everyWeeks.setMax(RepeatChoices.MOST_WEEKS_APART);
    everyWeeks.setStepButtonsVisible(true);
    days.setId("schedule-days");
    days.setItems(DayOfWeek.values());
    days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
    position.setId("schedule-position");
    position.setLabel(text("groups.schedule.position"));
    position.setItems("First", "Second", "Third", "Fourth", "Last");
    position.setItemLabelGenerator(
        choice -> text("groups.schedule.position." + choice.toLowerCase(Locale.ROOT)));
    weekday.setId("schedule-weekday");
    weekday.setLabel(text("groups.schedule.weekday"));
    weekday.setItems(DayOfWeek.values());
    weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
    customRule.setId("schedule-rule");
    customRule.setHelperText(text("groups.schedule.customRule.hint"));
    firstDay.setId("schedule-first-day");
    firstDay.setRequired(true);
    startTime.setId("schedule-start-time");
    startTime.setStep(Duration.ofMinutes(15));
    startTime.setRequired(true);
    duration.setId("schedule-duration");
    duration.setMin(5);
    duration.setMax(600);
    duration.setRequired(true);
    timeZone.setId("schedule-time-zone");
    ends.setId("schedule-ends");
    ends.setItems(NO_END, UNTIL, COUNT);
    ends.setItemLabelGenerator(choice -> text(CHOICE_KEYS.get(choice)));
    until.setId("schedule-until");
    count.setId("schedule-count");
    count.setMin(1);
    count.setMax(366);
    repeat.addValueChangeListener(change -> showFieldsFor());
    ends.addValueChangeListener(change -> showFieldsFor());
    List.of(everyWeeks, count, duration)
        .forEach(field -> field.addValueChangeListener(change -> updateSummary()));
    days.addValueChangeListener(change -> updateSummary());
    position.addValueChangeListener(change -> updateSummary());
    weekday.addValueChangeListener(change -> updateSummary());
    customRule.addValueChangeListener(change -> updateSummary());
    firstDay.addValueChangeListener(change -> updateSummary());
    startTime.addValueChangeListener(change -> updateSummary());
    timeZone.addValueChangeListener(change -> updateSummary());
    until.addValueChangeListener(change -> updateSummary());
  }

  /** A new group's defaults: weekly on the first day's weekday, 90 minutes, the clinic's zone. */
  void showNew(LocalDate day, String zone) {
    repeat.setValue(WEEKLY);
    everyWeeks.setValue(1);
    days.setValue(EnumSet.of(day.getDayOfWeek()));
    position.setValue("First");
    weekday.setValue(day.getDayOfWeek());
    firstDay.setValue(day);
    startTime.setValue(LocalTime.of(18, 0));
    duration.setValue(90);
    timeZone.setValue(zone);
    ends.setValue(NO_END);
    showFieldsFor();
  }

  /** Shows a saved schedule; a rule the simple choices cannot express opens as a custom rule. */
  void show(Schedule schedule) {
    showNew(schedule.firstDay(), schedule.timeZone());
    startTime.setValue(schedule.startTime());
    duration.setValue(schedule.durationMinutes());
    RepeatChoices.from(schedule.rule())
        .ifPresentOrElse(
            choices -> showChoices(choices, schedule.firstDay()),
            () -> {
              repeat.setValue(CUSTOM);
              customRule.setValue(schedule.rule());
            });
    showFieldsFor();
  }

  private void showChoices(RepeatChoices choices, LocalDate firstDay) {
    if (choices.repeat() == RepeatChoices.Repeat.WEEKLY) {
      everyWeeks.setValue(choices.everyWeeks());
      // A weekly rule without days meets on the first session's weekday (RFC 5545).
      days.setValue(
          choices.days().isEmpty() ? EnumSet.of(firstDay.getDayOfWeek()) : choices.days());
    } else {
      repeat.setValue(MONTHLY);
      POSITIONS.forEach(
          (label, number) -> {
            if (number == choices.weekOfMonth()) {
              position.setValue(label);
            }
          });
      weekday.setValue(choices.weekday());
    }
    if (choices.lastDay() != null) {
      ends.setValue(UNTIL);
      until.setValue(choices.lastDay());
    } else if (choices.sessions() != null) {
      ends.setValue(COUNT);
      count.setValue(choices.sessions());
    }
  }

  Schedule value() {
    return new Schedule(
        rule(),
        firstDay.getValue(),
        startTime.getValue(),
        duration.getValue() == null ? 0 : duration.getValue(),
        timeZone.getValue());
  }

  /** Adds the schedule's fields to a form's errors under the names the domain gives them. */
  FieldErrors addFieldsTo(FieldErrors errors) {
    return errors
        .field("firstDay", firstDay)
        .field("startTime", startTime)
        .field("durationMinutes", duration)
        .field("timeZone", timeZone)
        .field("rule", this::ruleField, List.of(customRule, days, until, count));
  }

  /** Where a refused rule shows: the part of the choices that most likely made it. */
  private HasValidation ruleField() {
    if (repeat.getValue().equals(CUSTOM)) {
      return customRule;
    }
    return switch (ends.getValue()) {
      case UNTIL -> until;
      case COUNT -> count;
      default -> repeat.getValue().equals(WEEKLY) ? days : until;
    };
  }

  private String rule() {
    return CUSTOM.equals(repeat.getValue()) ? customRule.getValue() : choices().toRule();
  }

  /** What the plain choices say; a choice left empty reads as the editor's default. */
  private RepeatChoices choices() {
    RepeatChoices choices =
        MONTHLY.equals(repeat.getValue())
            ? RepeatChoices.monthlyOn(
                POSITIONS.getOrDefault(position.getValue(), 1),
                weekday.getValue() == null ? DayOfWeek.MONDAY : weekday.getValue())
            : RepeatChoices.weekly(
                everyWeeks.getValue() == null ? 1 : everyWeeks.getValue(), days.getValue());
    if (UNTIL.equals(ends.getValue()) && until.getValue() != null) {
      return choices.until(until.getValue());
    }
    if (COUNT.equals(ends.getValue()) && count.getValue() != null) {
      return choices.forSessions(count.getValue());
    }
    return choices;
  }

  private void showFieldsFor() {
    String chosen = repeat.getValue() == null ? WEEKLY : repeat.getValue();
    everyWeeks.setVisible(chosen.equals(WEEKLY));
    days.setVisible(chosen.equals(WEEKLY));
    position.setVisible(chosen.equals(MONTHLY));
    weekday.setVisible(chosen.equals(MONTHLY));
    customRule.setVisible(chosen.equals(CUSTOM));
    ends.setVisible(!chosen.equals(CUSTOM));
    until.setVisible(!chosen.equals(CUSTOM) && UNTIL.equals(ends.getValue()));
    count.setVisible(!chosen.equals(CUSTOM) && COUNT.equals(ends.getValue()));
    updateSummary();
  }

  private void updateSummary() {
    try {
      Schedule schedule = value();
      schedule.validate();
      summary.setText(ScheduleSummary.of(schedule, getLocale()));
      summary.removeClassName("aftercare-error-text");
    } catch (InvalidInputException invalid) {
      summary.setText(PortalTranslations.refusal(invalid));
      summary.addClassName("aftercare-error-text");
    }
  }

  /** Through the bundles directly: the editor's unit test runs without a Vaadin service. */
  private String text(String key, Object... arguments) {
    return PortalTranslations.in(getLocale(), key, arguments);
  }
}
