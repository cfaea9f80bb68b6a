package org.aftercare.shared;

/** Input that breaks a rule the form cannot check by itself; names the field for the message. */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
