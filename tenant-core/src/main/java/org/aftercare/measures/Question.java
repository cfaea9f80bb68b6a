package org.aftercare.measures;

import java.util.List;

/**
 * One item of a questionnaire. {@code loinc} is the item's LOINC code where we checked it, else
 * null (the FHIR rendering then codes the item by its link id only). {@code detailOf} names the
 * item it details: it is asked only when that item's answer is above its lowest option (the BAM
 * asks which drugs only of someone who used any), and otherwise counts as its own lowest option.
 */
public record Question(
    String linkId, String loinc, String text, List<AnswerOption> options, String detailOf) {

  public Question {
    options = List.copyOf(options);
  }

  public Question(String linkId, String loinc, String text, List<AnswerOption> options) {
    this(linkId, loinc, text, options, null);
  }

  boolean offers(int score) {
    return options.stream().anyMatch(option -> option.score() == score);
  }

  public int lowestScore() {
    return options.stream().mapToInt(AnswerOption::score).min().orElseThrow();
  }
}
