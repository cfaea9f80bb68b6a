package org.aftercare.shared;

/** The caller's role does not allow this action; the service refuses it whatever the UI showed. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
