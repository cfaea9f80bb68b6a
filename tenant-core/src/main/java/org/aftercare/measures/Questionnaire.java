package org.aftercare.measures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftercare.shared.InvalidInputException;

/**
 * A standard questionnaire as the client answers it and the clinician reads it: the items with
 * their answer options and points, the scale stored and charted as its result ({@code total}: the
 * sum of every item for most instruments, the use score for the BAM), any further scales the
 * clinician reads beside it, and the LOINC codes of the panel and the total where LOINC has them
 * (BARC-10 and the BAM have none: they are local questionnaires). The {@code safetyQuestion} is the
 * item whose answer above its lowest option calls for a person at once (PHQ-9 item 9).
 */
public record Questionnaire(
    String name,
    String title,
    String panelLoinc,
    String totalLoinc,
    String preamble,
    List<Question> questions,
    Scale total,
    List<Scale> subscales,
    Integer safetyQuestion,
    String terms) {

  public Questionnaire {
    questions = List.copyOf(questions);
    subscales = List.copyOf(subscales);
  }

  public int lowestTotal() {
    return total.lowest();
  }

  public int highestTotal() {
    return total.highest();
  }

  /**
   * The total and band of a full set of answers (the points of the chosen options, in item order).
   * Every item is required — one that details an item answered at its lowest with its own lowest
   * option, as the form sends it unasked; an answer the item does not offer is refused at that
   * item.
   */
  public Score score(List<Integer> answers) {
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      Integer answer = answers == null || i >= answers.size() ? null : answers.get(i);
      if (answer == null || !question.offers(answer)) {
        throw InvalidInputException.worded(
            question.linkId(), "Choose an answer.", "measures.answer.missing");
      }
    }
    if (answers.size() != questions.size()) {
      throw InvalidInputException.worded(
          "answers", "Answer each question once.", "measures.answers.eachOnce");
    }
    for (Question question : questions) {
      if (!isAsked(question, answers) && answerTo(question, answers) != question.lowestScore()) {
        String detailed = question.detailOf().substring(1);
        throw InvalidInputException.worded(
            question.linkId(),
            "This question is asked only after another answer to question " + detailed + ".",
            "measures.answer.notAsked",
            detailed);
      }
    }
    int points = total.score(questions, answers);
    return new Score(points, bandOf(points));
  }

  public String bandOf(int points) {
    return total.bandOf(points);
  }

  /** What each further scale of a complete set of answers came to (none for most instruments). */
  public List<ScaleScore> subscaleScores(List<Integer> answers) {
    return subscales.stream()
        .map(
            scale -> {
              int points = scale.score(questions, answers);
              return new ScaleScore(scale, points, scale.bandOf(points));
            })
        .toList();
  }

  /** What a result of one of its scales is called: "PHQ-9 total score", "BAM use score". */
  public String scoreName(Scale scale) {
    return name + " " + scale.name().toLowerCase(Locale.ROOT) + " score";
  }

  /** Whether the client is asked {@code question}, given their answers to the items it details. */
  public boolean isAsked(Question question, List<Integer> answers) {
    if (question.detailOf() == null) {
      return true;
    }
    Question detailed = questions.get(indexOf(question.detailOf()));
    return answerTo(detailed, answers) > detailed.lowestScore();
  }

  /** Whether these answers call for the urgent support path. */
  public boolean callsForUrgentSupport(List<Integer> answers) {
    return safety()
        .map(question -> answerTo(question, answers) > question.lowestScore())
        .orElse(false);
  }

  private int answerTo(Question question, List<Integer> answers) {
    return answers.get(questions.indexOf(question));
  }

  /** Where the item of this link id is in the questions (and an answer list). */
  public int indexOf(String linkId) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).linkId().equals(linkId)) {
        return i;
      }
    }
    throw new IllegalStateException(name + " has no item " + linkId);
  }

  private Optional<Question> safety() {
    return Optional.ofNullable(safetyQuestion).map(questions::get);
  }
}
