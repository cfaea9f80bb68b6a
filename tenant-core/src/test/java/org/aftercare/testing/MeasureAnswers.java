package org.aftercare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aftercare.measures.AnswerOption;
import org.aftercare.measures.Question;
import org.aftercare.measures.Questionnaire;

/** Answers a test gives a standard measure to reach the total it needs. */
public final class MeasureAnswers {

  private MeasureAnswers() {}

  /** Answers reaching {@code total}: each item raised from its lowest option, first items first. */
  public static List<Integer> answersTotalling(Questionnaire questionnaire, int total) {
    List<Integer> answers = new ArrayList<>();
    int remaining = total - questionnaire.lowestTotal();
    for (Question question : questionnaire.questions()) {
      int lowest = question.lowestScore();
      int highest = question.options().stream().mapToInt(AnswerOption::score).max().orElseThrow();
      int raised = Math.min(highest - lowest, remaining);
      answers.add(lowest + raised);
      remaining -= raised;
    }
    assertThat(remaining).as("total %d reachable", total).isZero();
    return answers;
  }
}
