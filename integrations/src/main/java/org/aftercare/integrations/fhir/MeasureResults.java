package org.aftercare.integrations.fhir;

import java.util.Date;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.Question;
import org.aftercare.measures.Scale;
import org.aftercare.measures.ScaleScore;
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

  /**
   * Our codes for a score that LOINC does not code: the questionnaire id for a total ({@code
   * barc-10}), with the scale's key for one of several ({@code bam-use}).
   */
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
      if (!questionnaire.isAsked(question, result.answers())) {
        continue;
      }
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

  /**
   * The total and its band, when the client completed it, derived from {@code answers}; an
   * instrument with further scales (the BAM: use, with risk and protective factors) gives each as a
   * component with its band.
   */
  static Observation total(
      MeasureResult result, Reference patient, Reference clinic, Reference answers) {
    var questionnaire = result.instrument().questionnaire();
    String display = questionnaire.scoreName(questionnaire.total());
    Coding code =
        questionnaire.totalLoinc() != null
            ? new Coding(MeasureQuestionnaires.LOINC, questionnaire.totalLoinc(), display)
            : localCode(result.instrument(), questionnaire.total(), display);
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
    for (ScaleScore scale : questionnaire.subscaleScores(result.answers())) {
      String name = questionnaire.scoreName(scale.scale());
      observation
          .addComponent()
          .setCode(
              new CodeableConcept(localCode(result.instrument(), scale.scale(), name))
                  .setText(name))
          .setValue(new IntegerType(scale.points()))
          .addInterpretation(new CodeableConcept().setText(scale.band()));
    }
    return observation;
  }

  /** Ours: {@code barc-10} for a total, {@code bam-risk} for one of several scales. */
  private static Coding localCode(Instrument instrument, Scale scale, String display) {
    String id = MeasureQuestionnaires.idOf(instrument);
    return new Coding(
        LOCAL_TOTAL_SYSTEM, scale.key().equals("total") ? id : id + "-" + scale.key(), display);
  }
}
