package org.aftercare.integrations.fhir;

import java.util.Date;
import org.aftercare.measures.Question;
import org.aftercare.sharing.SummaryMessage.MeasureResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A standard measure the client completed, as a summary discloses it when the consent includes
 * standard measures: the answers as a {@code QuestionnaireResponse} to the product's questionnaire
 * ({@link MeasureQuestionnaires}), and the total as an {@code Observation} derived from it, coded
 * with LOINC's total-score code where LOINC has one (BARC-10 has none: ours then), its band as the
 * interpretation's text.
 */
final class MeasureResults {

  /** Our codes for a total that LOINC does not code, by questionnaire id ({@code barc-10}). */
  static final String LOCAL_TOTAL_SYSTEM =
      "https://aftercare.example/fhir/CodeSystem/measure-total";

  private MeasureResults() {}

  /** The answers, each coded as the questionnaire offers it; the client is the author. */
  static QuestionnaireResponse answers(MeasureResult result, Reference patient) {
    var questionnaire = result.instrument().questionnaire();
    String id = MeasureQuestionnaires.idOf(result.instrument());
    var response = new QuestionnaireResponse();
    response.setQuestionnaire(MeasureQuestionnaires.CANONICAL_BASE + id);
    response.setStatus(QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(patient);
    response.setAuthor(patient);
    response.setAuthored(Date.from(result.completedAt()));
    for (int i = 0; i < questionnaire.questions().size(); i++) {
      Question question = questionnaire.questions().get(i);
      int points = result.answers().get(i);
      var chosen =
          question.options().stream()
              .filter(option -> option.score() == points)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          id + " item " + question.linkId() + " offers no answer of " + points));
      response
          .addItem()
          .setLinkId(question.linkId())
          .setText(question.text())
          .addAnswer()
          .setValue(MeasureQuestionnaires.answer(id, question, chosen));
    }
    return response;
  }

  /** The total and its band, when the client completed it, derived from {@code answers}. */
  static Observation total(
      MeasureResult result, Reference patient, Reference clinic, Reference answers) {
    var questionnaire = result.instrument().questionnaire();
    String display = questionnaire.name() + " total score";
    Coding code =
        questionnaire.totalLoinc() != null
            ? new Coding(MeasureQuestionnaires.LOINC, questionnaire.totalLoinc(), display)
            : new Coding(
                LOCAL_TOTAL_SYSTEM, MeasureQuestionnaires.idOf(result.instrument()), display);
    var observation = new Observation();
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(AdherenceBundles.OBSERVATION_CATEGORY, "survey", "Survey")));
    observation.setCode(new CodeableConcept(code).setText(display));
    observation.setSubject(patient);
    observation.addPerformer(clinic);
    observation.setEffective(new DateTimeType(Date.from(result.completedAt())));
    observation.setValue(new IntegerType(result.totalScore()));
    observation.addInterpretation(new CodeableConcept().setText(result.band()));
    observation.addDerivedFrom(answers);
    return observation;
  }
}
