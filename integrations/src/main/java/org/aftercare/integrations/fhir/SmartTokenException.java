package org.aftercare.integrations.fhir;

/**
 * No access token could be had from a SMART token endpoint: it refused the client (the OAuth {@code
 * error} and {@code error_description} in the message), did not answer, or answered something
 * unreadable. The message is short and holds no secret; {@link FhirSender} turns it into a retry.
 */
public final class SmartTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SmartTokenException(String message) {
    super(message);
  }

  public SmartTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
