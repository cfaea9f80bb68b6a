package org.aftercare.library;

/** How a worksheet field is answered. */
public enum FieldKind {
  TEXT("Short text"),
  LONG_TEXT("Long text"),
  SCALE("Number 0–10"),
  CHOICE("Choice");

  private final String label;

  FieldKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
