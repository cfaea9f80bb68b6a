package org.aftercare.ui.components;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date, time and multiple-choice pickers in the reader's language. Vaadin's calendar names the
 * months and weekdays and writes Today and Cancel in English whatever the page's language, its
 * pickers say nothing about a date or time they cannot read, and a multiple choice announces its
 * changes to screen readers in English; the portal's pickers are made here, with the names from the
 * JDK's data for the reader's locale and the rest from the bundles.
 */
public final class Pickers {

  private Pickers() {}

  public static DatePicker date(String label) {
    var picker = new DatePicker(label);
    picker.setI18n(calendar(PortalTranslations.current()));
    return picker;
  }

  public static TimePicker time(String label) {
    var reader = PortalTranslations.current();
    var picker = new TimePicker(label);
    picker.setI18n(
        new TimePicker.TimePickerI18n()
            .setBadInputErrorMessage(PortalTranslations.in(reader, "common.time.badInput")));
    return picker;
  }

  public static DateTimePicker dateAndTime(String label) {
    var reader = PortalTranslations.current();
    var picker = new DateTimePicker(label);
    picker.setDatePickerI18n(calendar(reader));
    picker.setI18n(
        new DateTimePicker.DateTimePickerI18n()
            .setDateLabel(PortalTranslations.in(reader, "common.dateTime.date"))
            .setTimeLabel(PortalTranslations.in(reader, "common.dateTime.time"))
            .setBadInputErrorMessage(PortalTranslations.in(reader, "common.dateTime.badInput"))
            .setIncompleteInputErrorMessage(
                PortalTranslations.in(reader, "common.dateTime.incomplete")));
    return picker;
  }

  /** A choice of several items, which it announces to a screen reader in the reader's language. */
  public static <T> MultiSelectComboBox<T> several(String label) {
    var reader = PortalTranslations.current();
    var picker = new MultiSelectComboBox<T>(label);
    picker.setI18n(
        new MultiSelectComboBoxI18n()
            .setCleared(PortalTranslations.in(reader, "common.several.cleared"))
            .setFocused(PortalTranslations.in(reader, "common.several.focused"))
            .setSelected(PortalTranslations.in(reader, "common.several.selected"))
            .setDeselected(PortalTranslations.in(reader, "common.several.deselected"))
            // The browser counts: the words keep its placeholder for the number.
            .setTotal(PortalTranslations.in(reader, "common.several.total", "{count}")));
    return picker;
  }

  static DatePicker.DatePickerI18n calendar(Locale reader) {
    List<DayOfWeek> days =
        Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1))
            .limit(DayOfWeek.values().length)
            .toList();
    return new DatePicker.DatePickerI18n()
        .setMonthNames(
            Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, reader))
                .toList())
        .setWeekdays(days.stream().map(day -> day.getDisplayName(TextStyle.FULL, reader)).toList())
        .setWeekdaysShort(
            days.stream().map(day -> day.getDisplayName(TextStyle.SHORT, reader)).toList())
        // The clinics are in the United States, where calendars start the week on Sunday in
        // English and in Spanish alike.
        .setFirstDayOfWeek(0)
        .setToday(PortalTranslations.in(reader, "common.today"))
        .setCancel(PortalTranslations.in(reader, "common.cancel"))
        .setBadInputErrorMessage(PortalTranslations.in(reader, "common.date.badInput"));
  }
}
