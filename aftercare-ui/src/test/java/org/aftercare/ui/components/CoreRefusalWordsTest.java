package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.aftercare.groups.Schedule;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.shared.Phrase;
import org.aftercare.shared.Worded;
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

  /**
   * A facilitator's clashes read in the reader's language, each session's start written as the
   * reader's locale has it; in English exactly as the core's message.
   */
  @Test
  void aFacilitatorsClashesReadWithTheirDatesInTheReadersLanguage() {
    var start = ZonedDateTime.of(2030, 12, 3, 18, 0, 0, 0, ZoneId.of("America/New_York"));
    var clashes =
        List.of(
            new Phrase("refusal.groups.facilitatorBusy.clash", "Evening SMART", start),
            new Phrase("refusal.groups.facilitatorBusy.clash", "Family group", start.plusDays(2)));

    assertThat(
            PortalTranslations.in(
                PortalTranslations.ENGLISH, "refusal.groups.facilitatorBusyMore", clashes, 2))
        .isEqualTo(
            "A facilitator is already leading another session at that time: Evening SMART on"
                + " Tue 3 Dec 18:00; Family group on Thu 5 Dec 18:00 and 2 more.");
    assertThat(
            PortalTranslations.in(
                PortalTranslations.SPANISH, "refusal.groups.facilitatorBusyMore", clashes, 2))
        .isEqualTo(
            "Un facilitador ya dirige otra sesión a esa hora: Evening SMART el mar 3 de dic,"
                + " 18:00; Family group el jue 5 de dic, 18:00 y 2 más.");
  }

  /** A conflict and a record not found read in Spanish; their English is the core's own. */
  @Test
  void aConflictAndARecordNotFoundReadInSpanish() {
    var conflict =
        ConflictException.worded(
            "This session is cancelled; it cannot be changed.", "refusal.groups.session.cancelled");
    var notFound = new NotFoundException("Mentor assignment");

    assertThat(words(PortalTranslations.ENGLISH, conflict)).isEqualTo(conflict.getMessage());
    assertThat(words(PortalTranslations.SPANISH, conflict))
        .isEqualTo("Esta sesión está cancelada; ya no se puede cambiar.");
    assertThat(words(PortalTranslations.ENGLISH, notFound)).isEqualTo(notFound.getMessage());
    assertThat(words(PortalTranslations.SPANISH, notFound))
        .isEqualTo("No se encontró la asignación de mentor.");
    assertThat(PortalTranslations.refusal(new NotFoundException("Something unnamed")))
        .isEqualTo("That record no longer exists in your clinic.");
  }

  private static InvalidInputException refusal(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  private static String words(Locale locale, Worded refused) {
    return PortalTranslations.in(
        locale, refused.messageKey().orElseThrow(), refused.arguments().toArray());
  }
}
