package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.aftercare.groups.Schedule;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A refusal the core words by key reads in the English bundle exactly as the core's own English
 * message (which logs and the REST API keep), and in Spanish for a Spanish reader; an argument (a
 * host name) passes through.
 */
class CoreRefusalWordsTest {

  @Test
  void aScheduleRefusalReadsAsTheCoreSaysItAndInSpanish() {
    var schedule =
        new Schedule(
            "FREQ=WEEKLY;BYDAY=TU",
            LocalDate.of(2030, 1, 1),
            LocalTime.of(18, 0),
            3,
            "America/New_York");

    InvalidInputException refused = refusal(catchThrowable(schedule::validate));

    assertThat(refused.messageKey()).contains("refusal.groups.session.duration");
    assertThat(words(PortalTranslations.ENGLISH, refused)).isEqualTo(refused.getMessage());
    assertThat(words(PortalTranslations.SPANISH, refused))
        .isEqualTo("Una sesión dura entre 5 y 600 minutos.");
  }

  @Test
  void anInternalAddressIsRefusedWithItsHostInEitherLanguage() {
    InvalidInputException refused =
        refusal(catchThrowable(() -> OutboundAddresses.refuse("baseUrl", "127.0.0.1", false)));

    assertThat(refused.field()).isEqualTo("baseUrl");
    assertThat(refused.getMessage()).isEqualTo("127.0.0.1 is this server itself.");
    assertThat(words(PortalTranslations.ENGLISH, refused)).isEqualTo(refused.getMessage());
    assertThat(words(PortalTranslations.SPANISH, refused))
        .isEqualTo("127.0.0.1 es este mismo servidor.");
  }

  private static InvalidInputException refusal(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  private static String words(Locale locale, InvalidInputException refused) {
    return PortalTranslations.in(
        locale, refused.messageKey().orElseThrow(), refused.arguments().toArray());
  }
}
