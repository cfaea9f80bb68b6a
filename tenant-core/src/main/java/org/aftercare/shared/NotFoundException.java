package org.aftercare.shared;

import java.util.List;
import java.util.Optional;

/**
 * The thing asked for does not exist for the caller. Used alike for "never existed" and "belongs to
 * another clinic", so that a probe cannot tell the two apart. Its words are keyed by the thing:
 * "Mentor assignment" reads from {@code refusal.notFound.mentorAssignment}.
 */
public class NotFoundException extends RuntimeException implements Worded {

  private final String what;

  public NotFoundException(String what) {
    super(what + " not found");
    this.what = what;
  }

  /** The key that words "{@code what} not found": "Care-team recipient" → careTeamRecipient. */
  public static String keyFor(String what) {
    var key = new StringBuilder("refusal.notFound.");
    boolean upper = false;
    for (char c : what.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else if (key.charAt(key.length() - 1) == '.') {
        key.append(Character.toLowerCase(c));
        upper = false;
      } else {
        key.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return key.toString();
  }

  @Override
  public Optional<String> messageKey() {
    return Optional.of(keyFor(what));
  }

  @Override
  public List<Object> arguments() {
    return List.of();
  }
}
