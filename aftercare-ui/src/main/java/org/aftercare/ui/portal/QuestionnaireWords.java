package org.aftercare.ui.portal;

import java.util.Locale;
import org.aftercare.measures.AnswerOption;
import org.aftercare.measures.Question;
import org.aftercare.measures.Questionnaire;
import org.aftercare.ui.components.PortalTranslations;

/**
 * A standard questionnaire's words for its reader. A validated instrument is asked only in a
 * version its authors publish: the PHQ-9, PHQ-2 and GAD-7 in Pfizer's official Spanish for the USA,
 * kept in the bundles ({@code measures.official.*}, by the panel's and each item's LOINC code);
 * every other instrument, and every reader of English, reads the authors' English from the core.
 * The words never touch an option's points, so a Spanish answer scores as the English one.
 */
final class QuestionnaireWords {

  private static final String OFFICIAL = "measures.official.";

  private final Questionnaire questionnaire;
  private final Locale reader;
  private final boolean translated;

  private QuestionnaireWords(Questionnaire questionnaire, Locale reader, boolean translated) {
    this.questionnaire = questionnaire;
    this.reader = reader;
    this.translated = translated;
  }

  static QuestionnaireWords of(Questionnaire questionnaire, Locale reader) {
    boolean english = PortalTranslations.forLanguage(reader.toLanguageTag()).equals(Locale.ENGLISH);
    return new QuestionnaireWords(
        questionnaire, reader, !english && hasOfficialTranslation(questionnaire));
  }

  /** Whether the bundles hold the official translation of every word the questionnaire shows. */
  static boolean hasOfficialTranslation(Questionnaire questionnaire) {
    return questionnaire.panelLoinc() != null
        && PortalTranslations.has(titleKey(questionnaire))
        && questionnaire.questions().stream()
            .allMatch(
                question -> question.loinc() != null && PortalTranslations.has(key(question)));
  }

  /** Whether the reader reads it in English although they read the portal in another language. */
  boolean isEnglishOnlyForReader() {
    return !translated
        && !PortalTranslations.forLanguage(reader.toLanguageTag()).equals(Locale.ENGLISH);
  }

  String title() {
    return translated ? words(titleKey(questionnaire)) : questionnaire.title();
  }

  String preamble() {
    return translated ? words(OFFICIAL + "twoWeeks") : questionnaire.preamble();
  }

  String question(Question question) {
    return translated ? words(key(question)) : question.text();
  }

  String option(AnswerOption option) {
    return translated ? words(OFFICIAL + "howOften." + option.score()) : option.label();
  }

  String terms() {
    return translated ? words(OFFICIAL + "pfizerTerms") : questionnaire.terms();
  }

  static String titleKey(Questionnaire questionnaire) {
    return OFFICIAL + questionnaire.panelLoinc() + ".title";
  }

  static String key(Question question) {
    return OFFICIAL + question.loinc();
  }

  private String words(String key) {
    return PortalTranslations.in(reader, key);
  }
}
