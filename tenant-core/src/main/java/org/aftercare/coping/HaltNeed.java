package org.aftercare.coping;

import java.util.List;

/**
 * HALT: hungry, angry, lonely, tired — the states the recovery community checks before a craving
 * grows, each with small things to do about it now.
 */
public enum HaltNeed {
  HUNGRY(
      "Hungry",
      List.of(
          "Eat something simple now: a sandwich, fruit, yoghurt, a bowl of cereal.",
          "Drink a glass of water.")),
  ANGRY(
      "Angry",
      List.of(
          "Step away for ten minutes before you answer anyone.",
          "Walk, or do the breathing exercise below.",
          "Write down what happened; decide what to do about it tomorrow.")),
  LONELY(
      "Lonely",
      List.of(
          "Call or text someone from your coping plan.",
          "Join your group's next meeting, or tell your mentor you'd like to talk.")),
  TIRED(
      "Tired",
      List.of(
          "Rest: lie down for twenty minutes, even without sleeping.",
          "Put off big decisions until you have slept."));

  private final String label;
  private final List<String> suggestions;

  HaltNeed(String label, List<String> suggestions) {
    this.label = label;
    this.suggestions = suggestions;
  }

  public String label() {
    return label;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
