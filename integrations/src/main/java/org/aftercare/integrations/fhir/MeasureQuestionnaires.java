package org.aftercare.integrations.fhir;

import java.util.Locale;
import org.aftercare.measures.AnswerOption;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Question;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The core's standard measures as FHIR R4 {@code Questionnaire}s, for a care team's system that
 * wants the definition behind a result: the LOINC panel code where LOINC has one, each item with
 * its LOINC code where we checked it, every item required, and each answer's points as the R4
 * {@code ordinalValue} extension; an item that details another is enabled only when that one is
 * answered above its lowest option. Answers are coded in a local code system per instrument (code =
 * link id and points), since not every instrument's answers have checked LOINC answer codes.
 */
public final class MeasureQuestionnaires {

  public static final String CANONICAL_BASE = "https://aftercare.example/fhir/Questionnaire/";
  public static final String ANSWER_SYSTEM_BASE =
      "https://aftercare.example/fhir/CodeSystem/measure-answer-";
  static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  static final String LOINC = "http://loinc.org";

  private MeasureQuestionnaires() {}

  public static Questionnaire of(Instrument instrument) {
    var source = instrument.questionnaire();
    var questionnaire = new Questionnaire();
    String id = idOf(instrument);
    questionnaire.setId(id);
    questionnaire.setUrl(CANONICAL_BASE + id);
    questionnaire.setName(instrument.name());
    questionnaire.setTitle(source.title());
    questionnaire.setStatus(PublicationStatus.ACTIVE);
    questionnaire.addSubjectType("Patient");
    questionnaire.setCopyright(source.terms());
    if (source.panelLoinc() != null) {
      questionnaire.addCode(new Coding(LOINC, source.panelLoinc(), source.name()));
    }
    var intro = questionnaire.addItem();
    intro.setLinkId("intro");
    intro.setType(QuestionnaireItemType.DISPLAY);
    intro.setText(source.preamble());
    for (Question question : source.questions()) {
      var item = item(id, question);
      if (question.detailOf() != null) {
        askedAfter(item, id, source.questions().get(source.indexOf(question.detailOf())));
      }
      questionnaire.addItem(item);
    }
    return questionnaire;
  }

  private static QuestionnaireItemComponent item(String id, Question question) {
    var item = new QuestionnaireItemComponent();
    item.setLinkId(question.linkId());
    item.setText(question.text());
    item.setType(QuestionnaireItemType.CHOICE);
    item.setRequired(true);
    if (question.loinc() != null) {
      item.addCode(new Coding(LOINC, question.loinc(), null));
    }
    for (AnswerOption option : question.options()) {
      item.addAnswerOption().setValue(answer(id, question, option));
    }
    return item;
  }

  /** Enabled only when the detailed item is answered above its lowest option. */
  private static void askedAfter(QuestionnaireItemComponent item, String id, Question detailed) {
    AnswerOption none =
        detailed.options().stream()
            .filter(option -> option.score() == detailed.lowestScore())
            .findFirst()
            .orElseThrow();
    item.addEnableWhen()
        .setQuestion(detailed.linkId())
        .setOperator(QuestionnaireItemOperator.NOT_EQUAL)
        .setAnswer(answer(id, detailed, none));
  }

  /** The questionnaire's id, and the last part of its canonical URL: {@code phq-9}. */
  static String idOf(Instrument instrument) {
    return instrument.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An answer as coded in the questionnaire and in a response to it, with its points. */
  static Coding answer(String id, Question question, AnswerOption option) {
    var coding =
        new Coding(
            ANSWER_SYSTEM_BASE + id, question.linkId() + "-" + option.score(), option.label());
    coding.addExtension(ORDINAL_VALUE, new DecimalType(option.score()));
    return coding;
  }
}
