package org.aftercare.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Scale;
import org.aftercare.ui.components.PageInLanguage;
import org.aftercare.ui.components.PortalTranslations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every standard measure's scales and bands have words in both languages, the English ones the
 * authors' own as the core has them; a clinician reading the portal in Spanish reads the BAM's
 * scores in Spanish, and a band no scale names any longer as it was recorded.
 */
class ScaleWordsTest {

  private static final ResourceBundle ENGLISH =
      PortalTranslations.bundleFor(PortalTranslations.ENGLISH);

  @RegisterExtension final PageInLanguage page = new PageInLanguage();

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
    page.readIn(PortalTranslations.SPANISH);
    var bam = Instrument.BAM.questionnaire();
    var risk = bam.subscales().getFirst();

    assertThat(ScaleWords.name(bam.total())).isEqualTo("Consumo");
    assertThat(ScaleWords.band(Instrument.BAM, bam.total(), "Any use")).isEqualTo("Algún consumo");
    assertThat(ScaleWords.band(Instrument.BAM, risk, "12 or more (attention)"))
        .isEqualTo("12 o más (atención)");
    assertThat(ScaleWords.scoreName(Instrument.BAM, bam.total()))
        .isEqualTo("puntaje de consumo del BAM");
    assertThat(
            ScaleWords.band(Instrument.PHQ_9, Instrument.PHQ_9.questionnaire().total(), "Moderate"))
        .isEqualTo("Moderada");
  }

  @Test
  void aBandNoScaleNamesReadsAsItWasRecorded() {
    page.readIn(PortalTranslations.SPANISH);

    assertThat(
            ScaleWords.band(
                Instrument.PHQ_9, Instrument.PHQ_9.questionnaire().total(), "Mild (2019)"))
        .isEqualTo("Mild (2019)");
  }

  @Test
  void anEnglishReaderReadsTheCoresWords() {
    page.readIn(PortalTranslations.ENGLISH);
    var bam = Instrument.BAM.questionnaire();

    assertThat(ScaleWords.scoreName(Instrument.BAM, bam.total()))
        .isEqualTo(bam.scoreName(bam.total()));
    assertThat(ScaleWords.band(Instrument.BAM, bam.total(), "No use")).isEqualTo("No use");
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
}
