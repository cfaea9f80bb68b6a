package org.aftercare.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.shared.InvalidInputException;

/**
 * NIST SP 800-63B rules for a new password: at least 12 characters, at most 128, not on the bundled
 * list of common and breached passwords, and no composition rules (they make passwords worse, not
 * stronger).
 */
public final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** What is wrong with the password, in words for the person choosing it. */
  public static Optional<String> problemWith(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(
          "Use at least " + MIN_LENGTH + " characters; a few words together work well.");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("This password is too common and easy to guess. Choose another.");
    }
    return Optional.empty();
  }

  static void require(String password) {
    problemWith(password)
        .ifPresent(
            problem -> {
              throw refusal(password, problem);
            });
  }

  /**
   * The problem with its words by key, so that a portal screen says it in its reader's language.
   */
  private static InvalidInputException refusal(String password, String problem) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return InvalidInputException.worded(
          "password", problem, "refusal.identity.password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      return InvalidInputException.worded(
          "password", problem, "refusal.identity.password.tooLong", MAX_LENGTH);
    }
    return InvalidInputException.worded("password", problem, "refusal.identity.password.common");
  }

  private static Set<String> load(String resource) {
    var in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing bundled list " + resource);
    }
    try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
