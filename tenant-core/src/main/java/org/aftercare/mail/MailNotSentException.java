package org.aftercare.mail;

/** The mail server refused or could not be reached; what triggered the mail is already saved. */
public class MailNotSentException extends RuntimeException {
  public MailNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
