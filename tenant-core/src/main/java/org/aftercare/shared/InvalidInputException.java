package org.aftercare.shared;

import java.util.List;
import java.util.Optional;

/**
 * Input that breaks a rule the form cannot check by itself; names the field for the message. A
 * refusal a client may read also carries a message key and its arguments, so that their screen says
 * it in their language; the English message stays for logs and the API.
 */
public class InvalidInputException extends RuntimeException implements Worded {

  private final String field;
  private final String messageKey;
  private final transient List<Object> arguments;

  public InvalidInputException(String field, String message) {
    this(field, message, null, List.of());
  }

  private InvalidInputException(
      String field, String message, String messageKey, List<Object> arguments) {
    super(message);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /**
   * A refusal with its words by key ({@code checkin.mood.invalid}) and arguments for the key's
   * {@code {0}}, {@code {1}}; {@code message} is the same in English.
   */
  public static InvalidInputException worded(
      String field, String message, String messageKey, Object... arguments) {
    return new InvalidInputException(field, message, messageKey, List.of(arguments));
  }

  public String field() {
    return field;
  }

  @Override
  public Optional<String> messageKey() {
    return Optional.ofNullable(messageKey);
  }

  @Override
  public List<Object> arguments() {
    return arguments;
  }
}
