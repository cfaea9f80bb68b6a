package org.aftercare.mail;

import jakarta.mail.MessagingException;

/**
 * The mail server refused or could not be reached; what triggered the mail is already saved.
 *
 * <p>It is logged, and logs hold no client's address (42 CFR Part 2): so it names neither the
 * recipient nor what Jakarta Mail said — an SMTP refusal quotes the address it refused — and keeps
 * no cause that would print it. What is kept is the kind of failure, down to its root, and the
 * message of a network failure, which names only the mail server.
 */
public class MailNotSentException extends RuntimeException {

  MailNotSentException(Exception failure) {
    super("An e-mail could not be sent: " + describe(failure));
  }

  private static String describe(Throwable failure) {
    var kinds = new StringBuilder(failure.getClass().getSimpleName());
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      kinds.append(" <- ").append(root.getClass().getSimpleName());
    }
    if (!(root instanceof MessagingException) && root.getMessage() != null) {
      kinds.append(": ").append(root.getMessage());
    }
    return kinds.toString();
  }
}
