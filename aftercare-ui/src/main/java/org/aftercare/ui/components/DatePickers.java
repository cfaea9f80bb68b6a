package org.aftercare.ui.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date pickers in the reader's language. Vaadin's calendar names the months and weekdays and writes
 * Today and Cancel in English whatever the page's language, and says nothing about a date it cannot
 * read; the portal's pickers are made here, with the names from the JDK's data for the reader's
 * locale and the rest from the bundles.
 */
public final class DatePickers {

  private DatePickers() {}

  public static DatePicker date(String label) {
    var picker = new DatePicker(label);
    picker.setI18n(words(PortalTranslations.current()));
    return picker;
  }

  public static DateTimePicker dateAndTime(String label) {
    var picker = new DateTimePicker(label);
    picker.setDatePickerI18n(words(PortalTranslations.current()));
    return picker;
  }

  static DatePicker.DatePickerI18n words(Locale reader) {
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
