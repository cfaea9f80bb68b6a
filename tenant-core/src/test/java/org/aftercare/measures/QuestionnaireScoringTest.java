package org.aftercare.measures;

import static org.aftercare.testing.MeasureAnswers.answersTotalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each instrument's total is the sum of the chosen answers' points, and every total falls in the
 * band its authors give it: checked on both sides of every band boundary and at both ends.
 */
class QuestionnaireScoringTest {

  @ParameterizedTest(name = "{0} total {1} is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PHQ_9   | 0  | Minimal
          PHQ_9   | 4  | Minimal
          PHQ_9   | 5  | Mild
          PHQ_9   | 9  | Mild
          PHQ_9   | 10 | Moderate
          PHQ_9   | 14 | Moderate
          PHQ_9   | 15 | Moderately severe
          PHQ_9   | 19 | Moderately severe
          PHQ_9   | 20 | Severe
          PHQ_9   | 27 | Severe
          GAD_7   | 0  | Minimal
          GAD_7   | 4  | Minimal
          GAD_7   | 5  | Mild
          GAD_7   | 9  | Mild
          GAD_7   | 10 | Moderate
          GAD_7   | 14 | Moderate
          GAD_7   | 15 | Severe
          GAD_7   | 21 | Severe
          PHQ_2   | 0  | Negative
          PHQ_2   | 2  | Negative
          PHQ_2   | 3  | Positive
          PHQ_2   | 6  | Positive
          AUDIT_C | 0  | Negative
          AUDIT_C | 2  | Negative
          AUDIT_C | 3  | Positive for women (men: 4 or more)
          AUDIT_C | 4  | Positive
          AUDIT_C | 12 | Positive
          BARC_10 | 10 | Below 47
          BARC_10 | 46 | Below 47
          BARC_10 | 47 | 47 or more (remission cut-off)
          BARC_10 | 60 | 47 or more (remission cut-off)
          """)
  void totalFallsInItsBand(Instrument instrument, int total, String band) {
    var questionnaire = instrument.questionnaire();

    Score score = questionnaire.score(answersTotalling(questionnaire, total));

    assertThat(score).isEqualTo(new Score(total, band));
  }

  @ParameterizedTest(name = "{0} has {1} items scored {2} to {3}")
  @CsvSource({
    "PHQ_9, 9, 0, 27",
    "GAD_7, 7, 0, 21",
    "PHQ_2, 2, 0, 6",
    "AUDIT_C, 3, 0, 12",
    "BARC_10, 10, 10, 60"
  })
  void instrumentHasItsPublishedItemsAndRange(
      Instrument instrument, int items, int lowest, int highest) {
    var questionnaire = instrument.questionnaire();

    assertThat(questionnaire.questions()).hasSize(items);
    assertThat(questionnaire.lowestTotal()).isEqualTo(lowest);
    assertThat(questionnaire.highestTotal()).isEqualTo(highest);
    assertThat(questionnaire.score(answersTotalling(questionnaire, highest)).total())
        .isEqualTo(highest);
  }

  @Test
  void loincCodesAreThoseWeCheckedAndBarcHasNone() {
    assertThat(Instrument.PHQ_9.questionnaire().panelLoinc()).isEqualTo("44249-1");
    assertThat(Instrument.PHQ_9.questionnaire().totalLoinc()).isEqualTo("44261-6");
    assertThat(Instrument.PHQ_9.questionnaire().questions().get(8).loinc()).isEqualTo("44260-8");
    assertThat(Instrument.GAD_7.questionnaire().panelLoinc()).isEqualTo("69737-5");
    assertThat(Instrument.GAD_7.questionnaire().totalLoinc()).isEqualTo("70274-6");
    assertThat(Instrument.PHQ_2.questionnaire().panelLoinc()).isEqualTo("55757-9");
    assertThat(Instrument.AUDIT_C.questionnaire().panelLoinc()).isEqualTo("72109-2");
    assertThat(Instrument.BARC_10.questionnaire().panelLoinc()).isNull();
  }

  @Test
  void phq9ItemNineAboveNotAtAllCallsForUrgentSupport() {
    var phq9 = Instrument.PHQ_9.questionnaire();
    var calm = new ArrayList<>(Collections.nCopies(9, 3));
    calm.set(8, 0);
    var itemNine = new ArrayList<>(Collections.nCopies(9, 0));
    itemNine.set(8, 1);

    assertThat(phq9.callsForUrgentSupport(calm)).as("severe, but item 9 not at all").isFalse();
    assertThat(phq9.callsForUrgentSupport(itemNine)).isTrue();
    assertThat(phq9.score(itemNine).band()).isEqualTo("Minimal");
  }

  @Test
  void otherInstrumentsNeverCallForUrgentSupportByThemselves() {
    for (Instrument instrument : List.of(Instrument.GAD_7, Instrument.PHQ_2, Instrument.AUDIT_C)) {
      var questionnaire = instrument.questionnaire();
      assertThat(
              questionnaire.callsForUrgentSupport(
                  answersTotalling(questionnaire, questionnaire.highestTotal())))
          .as(instrument.label())
          .isFalse();
    }
  }

  @Test
  void everyItemIsRequiredAndTheMissingOneIsNamed() {
    var gad7 = Instrument.GAD_7.questionnaire();
    var missingFourth = new ArrayList<Integer>(Collections.nCopies(7, 1));
    missingFourth.set(3, null);

    assertThatThrownBy(() -> gad7.score(missingFourth))
        .isInstanceOfSatisfying(
            InvalidInputException.class, invalid -> assertThat(invalid.field()).isEqualTo("q4"));
    assertThatThrownBy(() -> gad7.score(List.of(1, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, invalid -> assertThat(invalid.field()).isEqualTo("q3"));
  }

  @Test
  void anAnswerTheItemDoesNotOfferIsRefused() {
    var barc = Instrument.BARC_10.questionnaire();
    var withZero = new ArrayList<>(Collections.nCopies(10, 3));
    withZero.set(0, 0);

    assertThatThrownBy(() -> barc.score(withZero))
        .isInstanceOfSatisfying(
            InvalidInputException.class, invalid -> assertThat(invalid.field()).isEqualTo("q1"));
    assertThatThrownBy(() -> Instrument.PHQ_2.questionnaire().score(List.of(4, 0)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void moreAnswersThanItemsAreRefused() {
    assertThatThrownBy(() -> Instrument.PHQ_2.questionnaire().score(List.of(1, 1, 1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bamScoresUseRiskAndProtectiveFactorsFromTheirOwnItemsOnly() {
    var bam = Instrument.BAM.questionnaire();
    var ones = bamAnswers(Map.of());
    ones.replaceAll(lowest -> 1);
    ones.set(indexOf(bam, "q14"), 4);

    Score use = bam.score(ones);

    assertThat(use).as("items 4, 5 and 6").isEqualTo(new Score(3, "Any use"));
    assertThat(bam.subscaleScores(ones))
        .extracting(ScaleScore::points, ScaleScore::band)
        .as("items 7A–7G and 17 are in no score; item 14 yes is 4")
        .containsExactly(tuple(6, "Below 12"), tuple(9, "12 or below (attention)"));
  }

  @ParameterizedTest(name = "BAM {0} of {1} is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          use        | 0  | No use
          use        | 1  | Any use
          use        | 12 | Any use
          risk       | 0  | Below 12
          risk       | 11 | Below 12
          risk       | 12 | 12 or more (attention)
          risk       | 24 | 12 or more (attention)
          protective | 0  | 12 or below (attention)
          protective | 12 | 12 or below (attention)
          protective | 13 | Above 12
          protective | 24 | Above 12
          """)
  void bamScoreFallsInItsBand(String key, int points, String band) {
    var bam = Instrument.BAM.questionnaire();
    var scale =
        key.equals("use")
            ? bam.total()
            : bam.subscales().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    Map<String, Integer> raised = new HashMap<>();
    int remaining = points;
    for (String item : scale.items()) {
      int step = item.equals("q14") ? (remaining >= 4 ? 4 : 0) : Math.min(4, remaining);
      raised.put(item, step);
      remaining -= step;
    }
    assertThat(remaining).as("%s %d reachable", key, points).isZero();
    var answers = bamAnswers(raised);

    Score use = bam.score(answers);

    var score =
        key.equals("use")
            ? new ScaleScore(scale, use.total(), use.band())
            : bam.subscaleScores(answers).stream()
                .filter(s -> s.scale().equals(scale))
                .findFirst()
                .orElseThrow();
    assertThat(score.points()).isEqualTo(points);
    assertThat(score.band()).isEqualTo(band);
  }

  @Test
  void bamAsksWhichDrugsOnlyOfSomeoneWhoUsedAny() {
    var bam = Instrument.BAM.questionnaire();
    var opioids = bam.questions().get(indexOf(bam, "q7e"));
    var none = bamAnswers(Map.of());
    var someDays = bamAnswers(Map.of("q6", 2, "q7e", 2));

    assertThat(bam.isAsked(opioids, none)).isFalse();
    assertThat(bam.isAsked(opioids, someDays)).isTrue();
    assertThat(bam.score(someDays)).isEqualTo(new Score(2, "Any use"));
    assertThatThrownBy(() -> bam.score(bamAnswers(Map.of("q7e", 2))))
        .as("days of opioids after no day of drugs")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid -> {
              assertThat(invalid.field()).isEqualTo("q7e");
              assertThat(invalid.messageKey()).contains("measures.answer.notAsked");
              assertThat(invalid.arguments()).containsExactly("6");
            });
  }

  @Test
  void bamHasItsSeventeenItemsWithSevenDrugsNoLoincCodeAndNoSafetyItem() {
    var bam = Instrument.BAM.questionnaire();

    assertThat(bam.questions()).hasSize(17 + 7 - 1);
    assertThat(bam.lowestTotal()).isZero();
    assertThat(bam.highestTotal()).isEqualTo(12);

    assertThat(bam.panelLoinc()).isNull();
    assertThat(bam.totalLoinc()).isNull();
    assertThat(bam.callsForUrgentSupport(bamAnswers(Map.of("q3", 4, "q8", 4)))).isFalse();
  }

  /** BAM answers at every item's lowest option but those given, by link id. */
  private static List<Integer> bamAnswers(Map<String, Integer> given) {
    return new ArrayList<>(
        Instrument.BAM.questionnaire().questions().stream()
            .map(question -> given.getOrDefault(question.linkId(), question.lowestScore()))
            .toList());
  }

  private static int indexOf(Questionnaire questionnaire, String linkId) {
    var questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).linkId().equals(linkId)) {
        return i;
      }
    }
    throw new IllegalArgumentException(linkId);
  }
}
