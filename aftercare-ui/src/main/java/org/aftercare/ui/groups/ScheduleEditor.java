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
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aftercare.groups.Schedule;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
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
      Map.of("First", 1, "Second", 2, "Third", 3, "Fourth", 4, "Last", -1);
  private static final DateTimeFormatter RULE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String DAY = "(?:MO|TU|WE|TH|FR|SA|SU)";
  private static final String END = "(?:;((?:UNTIL=\\d{8})|(?:COUNT=\\d+)))?";
  private static final Pattern WEEKLY_RULE =
      Pattern.compile(
          "FREQ=WEEKLY(?:;INTERVAL=(\\d))?(?:;BYDAY=(" + DAY + "(?:," + DAY + ")*))?" + END);
  private static final Pattern MONTHLY_RULE =
      Pattern.compile("FREQ=MONTHLY;BYDAY=(-1|[1-4])(" + DAY + ")" + END);

  private final RadioButtonGroup<String> repeat = new RadioButtonGroup<>("Repeats");
  private final IntegerField everyWeeks = new IntegerField("Every … weeks");
  private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("On");
  private final Select<String> position = new Select<>();
  private final Select<DayOfWeek> weekday = new Select<>();
  private final TextField customRule = new TextField("Rule");
  private final DatePicker firstDay = new DatePicker("First session");
  private final TimePicker startTime = new TimePicker("Starts at");
  private final IntegerField duration = new IntegerField("Length (minutes)");
  private final TimeZonePicker timeZone = new TimeZonePicker("Time zone");
  private final RadioButtonGroup<String> ends = new RadioButtonGroup<>("Ends");
  private final DatePicker until = new DatePicker("Last day");
  private final IntegerField count = new IntegerField("Number of sessions");
  private final Paragraph summary = new Paragraph();

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
    everyWeeks.setId("schedule-every-weeks");
    everyWeeks.setMin(1);
    everyWeeks.setMax(8);
    everyWeeks.setStepButtonsVisible(true);
    days.setId("schedule-days");
    days.setItems(DayOfWeek.values());
    days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    position.setId("schedule-position");
    position.setLabel("Which");
    position.setItems("First", "Second", "Third", "Fourth", "Last");
    weekday.setId("schedule-weekday");
    weekday.setLabel("Weekday");
    weekday.setItems(DayOfWeek.values());
    weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    customRule.setId("schedule-rule");
    customRule.setHelperText("An iCalendar RRULE, for example FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE");
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
    Matcher weekly = WEEKLY_RULE.matcher(schedule.rule());
    Matcher monthly = MONTHLY_RULE.matcher(schedule.rule());
    if (weekly.matches()) {
      everyWeeks.setValue(weekly.group(1) == null ? 1 : Integer.parseInt(weekly.group(1)));
      days.setValue(
          weekly.group(2) == null
              ? EnumSet.of(schedule.firstDay().getDayOfWeek())
              : Arrays.stream(weekly.group(2).split(","))
                  .map(ScheduleEditor::dayOf)
                  .collect(Collectors.toSet()));
      showEnd(weekly.group(3));
    } else if (monthly.matches()) {
      repeat.setValue(MONTHLY);
      int which = Integer.parseInt(monthly.group(1));
      POSITIONS.forEach(
          (label, number) -> {
            if (number == which) {
              position.setValue(label);
            }
          });
      weekday.setValue(dayOf(monthly.group(2)));
      showEnd(monthly.group(3));
    } else {
      repeat.setValue(CUSTOM);
      customRule.setValue(schedule.rule());
    }
    showFieldsFor();
  }

  private void showEnd(String end) {
    if (end == null) {
      ends.setValue(NO_END);
    } else if (end.startsWith("UNTIL=")) {
      ends.setValue(UNTIL);
      until.setValue(LocalDate.parse(end.substring(6, 14), RULE_DATE));
    } else {
      ends.setValue(COUNT);
      count.setValue(Integer.parseInt(end.substring(6)));
    }
  }

  private static DayOfWeek dayOf(String code) {
    return Arrays.stream(DayOfWeek.values())
        .filter(day -> code(day).equals(code))
        .findFirst()
        .orElseThrow();
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
    if (CUSTOM.equals(repeat.getValue())) {
      return customRule.getValue();
    }
    String rule;
    if (MONTHLY.equals(repeat.getValue())) {
      rule =
          "FREQ=MONTHLY;BYDAY="
              + POSITIONS.getOrDefault(position.getValue(), 1)
              + code(weekday.getValue() == null ? DayOfWeek.MONDAY : weekday.getValue());
    } else {
      int interval = everyWeeks.getValue() == null ? 1 : everyWeeks.getValue();
      Set<DayOfWeek> chosen = days.getValue();
      rule =
          "FREQ=WEEKLY"
              + (interval > 1 ? ";INTERVAL=" + interval : "")
              + (chosen.isEmpty()
                  ? ""
                  : ";BYDAY="
                      + chosen.stream()
                          .sorted()
                          .map(ScheduleEditor::code)
                          .collect(Collectors.joining(",")));
    }
    if (UNTIL.equals(ends.getValue()) && until.getValue() != null) {
      rule += ";UNTIL=" + RULE_DATE.format(until.getValue());
    } else if (COUNT.equals(ends.getValue()) && count.getValue() != null) {
      rule += ";COUNT=" + count.getValue();
    }
    return rule;
  }

  private static String code(DayOfWeek day) {
    return day.name().substring(0, 2);
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
      summary.setText(ScheduleSummary.of(schedule));
      summary.removeClassName("aftercare-error-text");
    } catch (InvalidInputException invalid) {
      summary.setText(invalid.getMessage());
      summary.addClassName("aftercare-error-text");
    }
  }
}
