package org.aftercare.sharing;

/** How often a recipient gets a summary on their own. */
public enum Cadence {
  WEEKLY("Every week"),
  MONTHLY("Every month"),
  ON_REQUEST("Only when a clinician sends one");

  private final String label;

  Cadence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
