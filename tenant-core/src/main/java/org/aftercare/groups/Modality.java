package org.aftercare.groups;

/** The tradition a group works in; each reads differently to clients. */
public enum Modality {
  TWELVE_STEP("12-step"),
  SMART_RECOVERY("SMART Recovery / CBT skills"),
  PEER_SUPPORT("Peer support"),
  FAITH_BASED("Faith-based"),
  MEDICATION_ASSISTED("Medication-assisted recovery"),
  FAMILY("Family"),
  OTHER("Other");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
