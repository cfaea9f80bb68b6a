package org.aftercare.measures;

import java.util.List;

/**
 * A sum of some items' points and what its authors call each range of it: a questionnaire's total
 * (every item), or one of the Brief Addiction Monitor's three scores, which have no total between
 * them. {@code key} names it in codes ({@code total}, {@code use}); an empty item list means every
 * item.
 */
public record Scale(String key, String name, List<String> items, List<ScoreBand> bands) {

  public Scale {
    items = List.copyOf(items);
    bands = List.copyOf(bands);
  }

  /** The sum of every item. */
  static Scale total(List<ScoreBand> bands) {
    return new Scale("total", "Total", List.of(), bands);
  }

  public int lowest() {
    return bands.getFirst().from();
  }

  public int highest() {
    return bands.getLast().to();
  }

  public String bandOf(int points) {
    return bands.stream()
        .filter(band -> band.holds(points))
        .map(ScoreBand::label)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no band for " + points));
  }

  /** The sum of the points of this scale's items among {@code answers}, given in item order. */
  int score(List<Question> questions, List<Integer> answers) {
    int points = 0;
    for (int i = 0; i < questions.size(); i++) {
      if (items.isEmpty() || items.contains(questions.get(i).linkId())) {
        points += answers.get(i);
      }
    }
    return points;
  }
}
