package org.aftercare.shared;

import java.util.List;
import java.util.Optional;

/**
 * The change collides with the current state, for example someone else saved the record first. Like
 * {@link InvalidInputException#worded}, the core words it by key so that a screen says it in its
 * reader's language; the English message stays for logs and the API.
 */
public class ConflictException extends RuntimeException implements Worded {

  private final String messageKey;
  private final transient List<Object> arguments;

  private ConflictException(String message, String messageKey, List<Object> arguments) {
    super(message);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /**
   * A conflict with its words by key ({@code refusal.groups.session.cancelled}) and arguments for
   * the key's {@code {0}}, {@code {1}}; {@code message} is the same in English.
   */
  public static ConflictException worded(String message, String messageKey, Object... arguments) {
    return new ConflictException(message, messageKey, List.of(arguments));
  }

  /** The same conflict, found as {@code cause} (an optimistic lock, a unique index). */
  public ConflictException causedBy(Throwable cause) {
    initCause(cause);
    return this;
  }

  @Override
  public Optional<String> messageKey() {
    return Optional.of(messageKey);
  }

  @Override
  public List<Object> arguments() {
    return arguments;
  }
}
