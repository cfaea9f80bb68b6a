package org.aftercare.integrations.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.integrations.testing.OfflineR4Validator;
import org.aftercare.measures.Instrument;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each standard measure renders as a valid R4 Questionnaire that survives a JSON round trip through
 * HAPI's parser with its items, required flags, LOINC codes and answer points intact.
 */
class MeasureQuestionnairesTest {

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void rendersAValidQuestionnaireThatParsesBackWhole(Instrument instrument) {
    var parser = AdherenceBundles.fhirContext().newJsonParser();
    String json = parser.encodeResourceToString(MeasureQuestionnaires.of(instrument));

    var parsed = parser.parseResource(Questionnaire.class, json);

    OfflineR4Validator.assertValid(parsed);
    var source = instrument.questionnaire();
    var questions = parsed.getItem().subList(1, parsed.getItem().size());
    assertThat(questions).hasSize(source.questions().size());
    assertThat(questions).allSatisfy(item -> assertThat(item.getRequired()).isTrue());
    int highest =
        questions.stream()
            .filter(
                item ->
                    source.total().items().isEmpty()
                        || source.total().items().contains(item.getLinkId()))
            .mapToInt(MeasureQuestionnairesTest::highestPoints)
            .sum();
    assertThat(highest).isEqualTo(source.highestTotal());
  }

  @Test
  void phq9CarriesItsLoincPanelAndItemNineCode() {
    var phq9 = MeasureQuestionnaires.of(Instrument.PHQ_9);

    assertThat(phq9.getCodeFirstRep().getCode()).isEqualTo("44249-1");
    assertThat(phq9.getItem().getLast().getCodeFirstRep().getCode()).isEqualTo("44260-8");
    assertThat(phq9.getCopyright()).contains("No permission required");
  }

  @Test
  void bamAsksWhichDrugsOnlyAfterSomeDayOfDrugUse() {
    var bam = MeasureQuestionnaires.of(Instrument.BAM);
    var opioids =
        bam.getItem().stream().filter(item -> item.getLinkId().equals("q7e")).findFirst().get();

    assertThat(bam.getCode()).isEmpty();
    assertThat(opioids.getEnableWhen()).hasSize(1);
    var when = opioids.getEnableWhenFirstRep();
    assertThat(when.getQuestion()).isEqualTo("q6");
    assertThat(when.getOperator()).isEqualTo(Questionnaire.QuestionnaireItemOperator.NOT_EQUAL);
    assertThat(when.getAnswerCoding().getCode()).isEqualTo("q6-0");
    assertThat(
            bam.getItem().stream().filter(Questionnaire.QuestionnaireItemComponent::hasEnableWhen))
        .hasSize(7);
  }

  @Test
  void barc10HasNoLoincCode() {
    assertThat(MeasureQuestionnaires.of(Instrument.BARC_10).getCode()).isEmpty();
  }

  private static int highestPoints(QuestionnaireItemComponent item) {
    return item.getAnswerOption().stream()
        .mapToInt(
            option ->
                ((DecimalType)
                        option
                            .getValueCoding()
                            .getExtensionByUrl(MeasureQuestionnaires.ORDINAL_VALUE)
                            .getValue())
                    .getValueAsInteger())
        .max()
        .orElseThrow();
  }
}
