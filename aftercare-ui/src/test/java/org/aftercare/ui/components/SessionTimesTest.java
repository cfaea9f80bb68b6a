package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Times and days read in the page's language, in the zone given; English outside a page. */
class SessionTimesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Instant EVENING = Instant.parse("2027-01-06T00:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 12);

  @AfterEach
  void leaveThePage() {
    UI.setCurrent(null);
  }

  @Test
  void outsideAPageEverythingReadsInEnglish() {
    assertThat(SessionTimes.at(EVENING, CHICAGO)).isEqualTo("Tue 5 Jan 2027, 18:00");
    assertThat(SessionTimes.date(DAY)).isEqualTo("12 Oct 2026");
    assertThat(SessionTimes.longDate(DAY)).isEqualTo("12 October 2026");
  }

  @Test
  void aSpanishPageReadsItsTimesAndDaysInSpanish() {
    readingIn(PortalTranslations.SPANISH);

    assertThat(SessionTimes.at(EVENING, CHICAGO)).matches("mar\\.? 5 de ene\\.? 2027, 18:00");
    assertThat(SessionTimes.date(DAY)).matches("12 de oct\\.? 2026");
    assertThat(SessionTimes.longDate(DAY)).isEqualTo("12 de octubre de 2026");
  }

  private static void readingIn(Locale locale) {
    var ui = new UI();
    ui.setLocale(locale);
    UI.setCurrent(ui);
  }
}
