package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void longPassphraseWithoutCompositionRulesIsAccepted() {
    assertThat(PasswordPolicy.problemWith("river stones and quiet mornings")).isEmpty();
  }

  @Test
  void shortPasswordIsRefusedWithTheMinimum() {
    assertThat(PasswordPolicy.problemWith("Sh0rt!pass"))
        .hasValueSatisfying(m -> assertThat(m).contains("12"));
  }

  @Test
  void commonPasswordIsRefusedWhateverItsCase() {
    assertThat(PasswordPolicy.problemWith("Password1234")).isPresent();
    assertThat(PasswordPolicy.problemWith("QWERTYUIOP123")).isPresent();
  }

  @Test
  void overlongPasswordIsRefused() {
    assertThat(PasswordPolicy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1))).isPresent();
  }

  @Test
  void requireNamesThePasswordField() {
    assertThatThrownBy(() -> PasswordPolicy.require("short"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("password");
  }

  @Test
  void requireWordsEachProblemByKeyWithTheSameEnglish() {
    assertThatThrownBy(() -> PasswordPolicy.require("short"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.messageKey()).hasValue("refusal.identity.password.tooShort");
              assertThat(e.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
              assertThat(e).hasMessage(PasswordPolicy.problemWith("short").orElseThrow());
            });
    assertThatThrownBy(() -> PasswordPolicy.require("x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).hasValue("refusal.identity.password.tooLong"));
    assertThatThrownBy(() -> PasswordPolicy.require("Password1234"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.messageKey()).hasValue("refusal.identity.password.common");
              assertThat(e)
                  .hasMessage("This password is too common and easy to guess. Choose another.");
            });
  }
}
