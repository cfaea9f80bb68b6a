package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pickers in the reader's language: a date picker's calendar, weeks from Sunday as in the United
 * States, and what a multiple choice tells a screen reader.
 */
class PickersTest {

  @RegisterExtension final PageInLanguage page = new PageInLanguage();

  @Test
  void aSpanishReadersCalendarNamesItsMonthsAndDaysInSpanish() {
    var words = Pickers.calendar(PortalTranslations.SPANISH);

    assertThat(words.getMonthNames()).hasSize(12).startsWith("enero").endsWith("diciembre");
    assertThat(words.getWeekdays()).hasSize(7).startsWith("domingo", "lunes");
    assertThat(words.getFirstDayOfWeek()).isZero();
    assertThat(words.getToday()).isEqualTo("Hoy");
    assertThat(words.getCancel()).isEqualTo("Cancelar");
    assertThat(words.getBadInputErrorMessage()).startsWith("Escriba una fecha");
  }

  @Test
  void anEnglishReadersWeekStartsOnSunday() {
    var words = Pickers.calendar(PortalTranslations.ENGLISH);

    assertThat(words.getMonthNames()).startsWith("January");
    assertThat(words.getWeekdaysShort()).startsWith("Sun", "Mon");
    assertThat(words.getFirstDayOfWeek()).isZero();
    assertThat(words.getToday()).isEqualTo("Today");
  }

  @Test
  void aSpanishReadersMultipleChoiceAnnouncesInSpanish() {
    page.readIn(PortalTranslations.SPANISH);

    var several = Pickers.<String>several("Facilitadores");

    assertThat(several.getI18n().getSelected()).isEqualTo("agregado a la selección");
    assertThat(several.getI18n().getTotal()).isEqualTo("{count} elementos seleccionados");
  }
}
