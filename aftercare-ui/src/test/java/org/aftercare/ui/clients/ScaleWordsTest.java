package org.aftercare.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Scale;
import org.aftercare.ui.components.PortalTranslations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every standard measure's scales and bands have words in both languages, the English ones the
 * authors' own as the core has them; a clinician reading the portal in Spanish reads the BAM's
 * scores in Spanish.
 */
class ScaleWordsTest {

  private static final ResourceBundle ENGLISH =
      PortalTranslations.bundleFor(PortalTranslations.ENGLISH);

  @AfterEach
  void leaveThePage() {
    UI.setCurrent(null);
  }

  @Test
  void theEnglishWordsAreTheAuthorsOwnForEveryScaleAndBand() {
    var mismatches = new ArrayList<String>();
    for (Instrument instrument : Instrument.values()) {
      for (Scale scale : scales(instrument)) {
        expect(mismatches, "measures.scale." + scale.key(), scale.name());
        for (var band : scale.bands()) {
          expect(mismatches, ScaleWords.bandKey(instrument, scale, band.from()), band.label());
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aSpanishReaderReadsTheBamsScoresInSpanish() {
    readingIn(PortalTranslations.SPANISH);
    var bam = Instrument.BAM.questionnaire();
    var risk = bam.subscales().getFirst();

    assertThat(ScaleWords.name(bam.total())).isEqualTo("Consumo");
    assertThat(ScaleWords.band(Instrument.BAM, bam.total(), 1)).isEqualTo("Algún consumo");
    assertThat(ScaleWords.band(Instrument.BAM, risk, 12)).isEqualTo("12 o más (atención)");
    assertThat(ScaleWords.scoreName(Instrument.BAM, bam.total()))
        .isEqualTo("puntaje de consumo del BAM");
    assertThat(ScaleWords.band(Instrument.PHQ_9, Instrument.PHQ_9.questionnaire().total(), 14))
        .isEqualTo("Moderada");
  }

  @Test
  void anEnglishReaderReadsTheCoresWords() {
    readingIn(PortalTranslations.ENGLISH);
    var bam = Instrument.BAM.questionnaire();

    assertThat(ScaleWords.scoreName(Instrument.BAM, bam.total()))
        .isEqualTo(bam.scoreName(bam.total()));
    assertThat(ScaleWords.band(Instrument.BAM, bam.total(), 0)).isEqualTo("No use");
  }

  private static List<Scale> scales(Instrument instrument) {
    var questionnaire = instrument.questionnaire();
    return Stream.concat(Stream.of(questionnaire.total()), questionnaire.subscales().stream())
        .toList();
  }

  private static void expect(List<String> mismatches, String key, String english) {
    if (!ENGLISH.containsKey(key) || !ENGLISH.getString(key).equals(english)) {
      mismatches.add(key + " should read \"" + english + "\"");
    }
  }

  private static void readingIn(java.util.Locale locale) {
    var ui = new UI();
    ui.setLocale(locale);
    UI.setCurrent(ui);
  }
}
