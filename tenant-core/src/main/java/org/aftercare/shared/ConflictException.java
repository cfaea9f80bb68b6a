package org.aftercare.shared;

/** The change collides with the current state, for example someone else saved the record first. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  public ConflictException(String message) {
    super(message);
  }
}
