package org.aftercare.sharing;

/**
 * Why the client lets the information go: treatment, payment and health-care operations (which one
 * consent may cover, and which may name recipients by a general designation), or a purpose of its
 * own that the consent spells out.
 */
public enum ConsentPurpose {
  TREATMENT("Treatment, payment and health-care operations"),
  SPECIFIC("A specific purpose");

  private final String label;

  ConsentPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
