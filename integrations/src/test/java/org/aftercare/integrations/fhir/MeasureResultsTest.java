package org.aftercare.integrations.fhir;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.aftercare.integrations.testing.OfflineR4Validator;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Standard measures in a summary whose consent includes them: each a QuestionnaireResponse coded as
 * the product's questionnaire offers its answers, and its total as an Observation derived from it;
 * labelled, covered by the Provenance and repeat-safe like the rest of the bundle. Without that
 * scope, none leaves, even when the message were to hold some.
 */
class MeasureResultsTest {

  /** Some use (a day of drugs: marijuana), risk factors 8, protective factors 18. */
  static final List<Integer> BAM_SOME_USE =
      List.of(2, 2, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 3, 3, 1, 1, 4, 4, 0, 3, 2);

  private final SummaryMessage message = aSummary().withMeasures().build();
  private final Bundle bundle = AdherenceBundles.transaction(message);

  @Test
  void eachMeasureTravelsAsItsAnswersAndItsTotal() {
    assertThat(of(bundle, QuestionnaireResponse.class)).hasSize(2);
    assertThat(totals(bundle)).hasSize(2);
    assertThat(bundle.getEntry()).hasSize(10 + 4);
  }

  @Test
  void theAnswersNameTheQuestionnaireAndCodeEachChosenAnswerWithItsPoints() {
    QuestionnaireResponse phq9 = of(bundle, QuestionnaireResponse.class).getFirst();

    assertThat(phq9.getQuestionnaire())
        .isEqualTo("https://aftercare.example/fhir/Questionnaire/phq-9");
    assertThat(phq9.getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    assertThat(phq9.getAuthored())
        .isEqualTo(Date.from(message.measures().getFirst().completedAt()));
    assertThat(phq9.getSubject().getIdentifier().getValue()).isEqualTo("MRN-00417");
    assertThat(phq9.getItem()).hasSize(9);
    Coding first = phq9.getItem().getFirst().getAnswerFirstRep().getValueCoding();
    assertThat(first.getSystem())
        .isEqualTo("https://aftercare.example/fhir/CodeSystem/measure-answer-phq-9");
    assertThat(first.getCode()).isEqualTo("q1-2");
    assertThat(first.getDisplay()).isEqualTo("More than half the days");
    assertThat(phq9.getItem().getLast().getAnswerFirstRep().getValueCoding().getCode())
        .isEqualTo("q9-0");
  }

  @Test
  void theTotalIsCodedInLoincWhereLoincHasACodeAndDerivedFromTheAnswers() {
    Observation phq9 = totals(bundle).getFirst();
    Observation barc10 = totals(bundle).getLast();

    assertThat(phq9.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
    assertThat(phq9.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
    assertThat(phq9.getValueIntegerType().getValue()).isEqualTo(10);
    assertThat(phq9.getInterpretationFirstRep().getText())
        .isEqualTo(message.measures().getFirst().band());
    assertThat(phq9.getDerivedFromFirstRep().getReference())
        .isEqualTo(
            entryOf(bundle, of(bundle, QuestionnaireResponse.class).getFirst()).getFullUrl());
    assertThat(barc10.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(MeasureResults.LOCAL_TOTAL_SYSTEM);
    assertThat(barc10.getCode().getCodingFirstRep().getCode()).isEqualTo("barc-10");
    assertThat(barc10.getValueIntegerType().getValue()).isEqualTo(46);
  }

  /**
   * The BAM has no total: its use score travels as the value, risk and protective factors as
   * components with their bands, in our codes; which drugs (items 7A–7G) is answered only after
   * some day of drug use.
   */
  @Test
  void theBamTravelsAsItsUseScoreWithRiskAndProtectiveFactorsAsComponents() {
    var withBam = AdherenceBundles.transaction(aSummary().withMeasuresAndBam(BAM_SOME_USE).build());

    Observation bam = totals(withBam).getLast();

    assertThat(bam.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(MeasureResults.LOCAL_TOTAL_SYSTEM);
    assertThat(bam.getCode().getCodingFirstRep().getCode()).isEqualTo("bam-use");
    assertThat(bam.getCode().getText()).isEqualTo("BAM use score");
    assertThat(bam.getValueIntegerType().getValue()).isEqualTo(1);
    assertThat(bam.getInterpretationFirstRep().getText()).isEqualTo("Any use");
    assertThat(bam.getComponent())
        .extracting(
            component -> component.getCode().getCodingFirstRep().getCode(),
            component -> component.getValueIntegerType().getValue(),
            component -> component.getInterpretationFirstRep().getText())
        .containsExactly(tuple("bam-risk", 8, "Below 12"), tuple("bam-protective", 18, "Above 12"));
    assertThat(of(withBam, QuestionnaireResponse.class).getLast().getItem()).hasSize(23);
    OfflineR4Validator.assertValid(withBam);
  }

  @Test
  void bamItemsNotAskedAreNotAnswered() {
    var noDrugs = new ArrayList<>(BAM_SOME_USE);
    Collections.fill(noDrugs.subList(5, 13), 0);

    var withBam = AdherenceBundles.transaction(aSummary().withMeasuresAndBam(noDrugs).build());

    assertThat(of(withBam, QuestionnaireResponse.class).getLast().getItem())
        .extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
        .hasSize(16)
        .contains("q6", "q8")
        .doesNotContain("q7a", "q7g");
  }

  @Test
  void theProvenanceCoversTheMeasuresAndARepeatCreatesNothingNew() {
    Provenance provenance = of(bundle, Provenance.class).getFirst();
    List<String> measureUrls =
        bundle.getEntry().stream()
            .filter(
                e ->
                    e.getResource() instanceof QuestionnaireResponse
                        || totals(bundle).contains(e.getResource()))
            .map(BundleEntryComponent::getFullUrl)
            .toList();

    assertThat(provenance.getTarget()).extracting(Reference::getReference).containsAll(measureUrls);
    assertThat(of(bundle, QuestionnaireResponse.class))
        .allSatisfy(
            response ->
                assertThat(entryOf(bundle, response).getRequest().getIfNoneExist())
                    .isEqualTo(
                        "identifier=urn:ietf:rfc:3986|" + response.getIdentifier().getValue()));
    assertThat(AdherenceBundles.json(message)).isEqualTo(AdherenceBundles.json(message));
  }

  @Test
  void theBundleWithMeasuresValidatesAgainstBaseR4() {
    OfflineR4Validator.assertValid(bundle);
  }

  @Test
  void aScopeWithoutMeasuresCarriesNone() {
    var checkInsOnly = aSummary().withMeasures().withScope(SharedData.ATTENDANCE_AND_CHECK_INS);

    Bundle without = AdherenceBundles.transaction(checkInsOnly.build());

    assertThat(of(without, QuestionnaireResponse.class)).isEmpty();
    assertThat(totals(without)).isEmpty();
  }

  private static List<Observation> totals(Bundle bundle) {
    return of(bundle, Observation.class).stream().filter(Observation::hasDerivedFrom).toList();
  }

  private static <T> List<T> of(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private static BundleEntryComponent entryOf(Bundle bundle, Object resource) {
    return bundle.getEntry().stream()
        .filter(e -> e.getResource() == resource)
        .findFirst()
        .orElseThrow();
  }
}
