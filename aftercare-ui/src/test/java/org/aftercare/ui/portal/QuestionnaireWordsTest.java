package org.aftercare.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftercare.measures.AnswerOption;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Question;
import org.aftercare.measures.Questionnaire;
import org.aftercare.ui.components.PortalTranslations;
import org.junit.jupiter.api.Test;

/**
 * A Spanish reader answers the PHQ-9 and PHQ-2 in their official Spanish and every other instrument
 * in its authors' English, told that it exists only in English; the bundles' English of an official
 * version is the core's word for word, so the two cannot drift apart, and the points stay the
 * core's.
 */
class QuestionnaireWordsTest {

  @Test
  void onlyThePhqsAndTheGad7HaveTheirOfficialSpanish() {
    assertThat(List.of(Instrument.values()))
        .filteredOn(
            instrument -> QuestionnaireWords.hasOfficialTranslation(instrument.questionnaire()))
        .containsExactlyInAnyOrder(Instrument.PHQ_9, Instrument.PHQ_2, Instrument.GAD_7);
  }

  @Test
  void aSpanishReaderAnswersThePhq9InSpanishForTheSamePoints() {
    Questionnaire phq9 = Instrument.PHQ_9.questionnaire();
    var words = QuestionnaireWords.of(phq9, PortalTranslations.SPANISH);
    Question first = phq9.questions().getFirst();

    assertThat(words.isEnglishOnlyForReader()).isFalse();
    assertThat(words.preamble())
        .isEqualTo(
            "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los"
                + " siguientes problemas?");
    assertThat(words.question(first)).isEqualTo("Poco interés o placer en hacer cosas");
    assertThat(words.question(phq9.questions().get(8)))
        .isEqualTo("Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");
    assertThat(first.options())
        .extracting(words::option)
        .containsExactly(
            "Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días");
    assertThat(first.options()).extracting(AnswerOption::score).containsExactly(0, 1, 2, 3);
  }

  @Test
  void theOfficialVersionsEnglishIsTheCoresWordForWord() {
    for (Instrument instrument : List.of(Instrument.PHQ_9, Instrument.PHQ_2, Instrument.GAD_7)) {
      Questionnaire questionnaire = instrument.questionnaire();
      String english = PortalTranslations.ENGLISH.getLanguage();
      var asTheBundleHasIt =
          QuestionnaireWords.of(questionnaire, java.util.Locale.forLanguageTag(english));
      assertThat(
              PortalTranslations.in(
                  PortalTranslations.ENGLISH, QuestionnaireWords.titleKey(questionnaire)))
          .isEqualTo(questionnaire.title());
      assertThat(PortalTranslations.in(PortalTranslations.ENGLISH, "measures.official.twoWeeks"))
          .isEqualTo(questionnaire.preamble());
      assertThat(PortalTranslations.in(PortalTranslations.ENGLISH, "measures.official.pfizerTerms"))
          .isEqualTo(questionnaire.terms());
      for (Question question : questionnaire.questions()) {
        assertThat(
                PortalTranslations.in(PortalTranslations.ENGLISH, QuestionnaireWords.key(question)))
            .isEqualTo(question.text());
        for (AnswerOption option : question.options()) {
          assertThat(
                  PortalTranslations.in(
                      PortalTranslations.ENGLISH, "measures.official.howOften." + option.score()))
              .isEqualTo(option.label());
        }
      }
      assertThat(asTheBundleHasIt.question(questionnaire.questions().getFirst()))
          .isEqualTo(questionnaire.questions().getFirst().text());
    }
  }

  @Test
  void aSpanishReaderIsToldThatAnInstrumentWithoutOfficialSpanishIsInEnglish() {
    for (Instrument instrument : List.of(Instrument.AUDIT_C, Instrument.BARC_10)) {
      Questionnaire questionnaire = instrument.questionnaire();
      var words = QuestionnaireWords.of(questionnaire, PortalTranslations.SPANISH);

      assertThat(words.isEnglishOnlyForReader()).as(instrument.name()).isTrue();
      assertThat(words.question(questionnaire.questions().getFirst()))
          .isEqualTo(questionnaire.questions().getFirst().text());
      assertThat(
              QuestionnaireWords.of(questionnaire, PortalTranslations.ENGLISH)
                  .isEnglishOnlyForReader())
          .isFalse();
    }
  }
}
