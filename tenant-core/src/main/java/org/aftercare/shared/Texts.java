package org.aftercare.shared;

/** What every form's text fields share. */
public final class Texts {

  private Texts() {}

  /** The value without surrounding blanks; null when nothing but blanks was entered. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
