package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Times and days read in the page's language, in the zone given; English outside a page. */
class SessionTimesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** 18:00 on Tuesday 5 January 2027 in Chicago, already the 6th in UTC. */
  private static final Instant EVENING = Instant.parse("2027-01-06T00:00:00Z");

  private static final LocalDate DAY = LocalDate.of(2026, 10, 12);

  @RegisterExtension final PageInLanguage page = new PageInLanguage();

  @Test
  void outsideAPageEverythingReadsInEnglish() {
    assertThat(SessionTimes.at(EVENING, CHICAGO)).isEqualTo("Tue 5 Jan 2027, 18:00");
    assertThat(SessionTimes.date(EVENING, CHICAGO)).isEqualTo("5 Jan 2027");
    assertThat(SessionTimes.period(DAY, DAY.plusDays(6))).isEqualTo("12 Oct 2026 – 18 Oct 2026");
    assertThat(SessionTimes.dayAndMonth(DAY)).isEqualTo("12 Oct");
  }

  @Test
  void aSpanishPageReadsItsTimesAndDaysInSpanish() {
    page.readIn(PortalTranslations.SPANISH);

    assertThat(SessionTimes.at(EVENING, CHICAGO)).matches("mar\\.? 5 de ene\\.? 2027, 18:00");
    assertThat(SessionTimes.date(DAY)).matches("12 de oct\\.? 2026");
    assertThat(SessionTimes.weekday(DAY, PortalTranslations.SPANISH))
        .matches("lun\\.? 12 de oct\\.?");
  }
}
