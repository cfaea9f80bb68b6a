package org.aftercare.measures;

import java.util.List;

/**
 * One item of a questionnaire. {@code loinc} is the item's LOINC code where we checked it, else
 * null (the FHIR rendering then codes the item by its link id only).
 */
public record Question(String linkId, String loinc, String text, List<AnswerOption> options) {

  public Question {
    options = List.copyOf(options);
  }

  boolean offers(int score) {
    return options.stream().anyMatch(option -> option.score() == score);
  }

  int lowestScore() {
    return options.stream().mapToInt(AnswerOption::score).min().orElseThrow();
  }
}
