package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date picker's calendar in the reader's language, weeks from Sunday as in the United States. */
class DatePickersTest {

  @Test
  void aSpanishReadersCalendarNamesItsMonthsAndDaysInSpanish() {
    var words = DatePickers.words(PortalTranslations.SPANISH);

    assertThat(words.getMonthNames()).hasSize(12).startsWith("enero").endsWith("diciembre");
    assertThat(words.getWeekdays()).hasSize(7).startsWith("domingo", "lunes");
    assertThat(words.getFirstDayOfWeek()).isZero();
    assertThat(words.getToday()).isEqualTo("Hoy");
    assertThat(words.getCancel()).isEqualTo("Cancelar");
    assertThat(words.getBadInputErrorMessage()).startsWith("Escriba una fecha");
  }

  @Test
  void anEnglishReadersWeekStartsOnSunday() {
    var words = DatePickers.words(PortalTranslations.ENGLISH);

    assertThat(words.getMonthNames()).startsWith("January");
    assertThat(words.getWeekdaysShort()).startsWith("Sun", "Mon");
    assertThat(words.getFirstDayOfWeek()).isZero();
    assertThat(words.getToday()).isEqualTo("Today");
  }
}
