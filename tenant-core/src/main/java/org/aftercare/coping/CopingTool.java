package org.aftercare.coping;

/** The tools whose daily use is counted (never what the client entered or tapped). */
public enum CopingTool {
  COPING_PLAN("Coping plan opened"),
  HALT_CHECK("HALT check"),
  BREATHING("Guided breathing"),
  URGE_SURFING("Urge surfing");

  private final String label;

  CopingTool(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
