package org.aftercare.measures;

import java.util.List;
import java.util.Optional;
import org.aftercare.shared.InvalidInputException;

/**
 * A standard questionnaire as the client answers it and the clinician reads it: the items with
 * their answer options and points, the total's bands, and the LOINC codes of the panel and the
 * total where LOINC has them (BARC-10 has none: it is a local questionnaire). The {@code
 * safetyQuestion} is the item whose answer above its lowest option calls for a person at once
 * (PHQ-9 item 9).
 */
public record Questionnaire(
    String name,
    String title,
    String panelLoinc,
    String totalLoinc,
    String preamble,
    List<Question> questions,
    List<ScoreBand> bands,
    Integer safetyQuestion,
    String terms) {

  public Questionnaire {
    questions = List.copyOf(questions);
    bands = List.copyOf(bands);
  }

  public int lowestTotal() {
    return bands.getFirst().from();
  }

  public int highestTotal() {
    return bands.getLast().to();
  }

  /**
   * The total and band of a full set of answers (the points of the chosen options, in item order).
   * Every item is required; an answer the item does not offer is refused at that item.
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
    int total = answers.stream().mapToInt(Integer::intValue).sum();
    return new Score(total, bandOf(total));
  }

  public String bandOf(int total) {
    return bands.stream()
        .filter(band -> band.holds(total))
        .map(ScoreBand::label)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no band for " + total));
  }

  /** Whether these answers call for the urgent support path. */
  public boolean callsForUrgentSupport(List<Integer> answers) {
    return safety()
        .map(question -> answers.get(questions.indexOf(question)) > question.lowestScore())
        .orElse(false);
  }

  private Optional<Question> safety() {
    return Optional.ofNullable(safetyQuestion).map(questions::get);
  }
}
