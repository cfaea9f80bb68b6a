package org.aftercare.shared;

/** What every form's text fields share. */
public final class Texts {

  private Texts() {}

  /** The value without surrounding blanks; null when nothing but blanks was entered. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Whether the text has the shape of an e-mail address (one @, a dot in the domain, no blanks);
   * the mail server decides the rest.
   */
  public static boolean isEmailAddress(String value) {
    return value != null && value.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }
}
