package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * An invitation or password-reset link's token and the password typed with it arrive as whatever
 * the browser's address bar and the form hold: the token is looked up by a hash of any text, and a
 * password is accepted or refused with the field's message.
 */
class LinkTokenFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void anyTokenHashesToTheStoredForm(byte[] typed) {
    String token = new String(typed, StandardCharsets.UTF_8);

    String hash = LinkToken.hashOf(token);

    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
  }

  @FuzzTest(maxDuration = "1m")
  void passwordIsAcceptedOrRefusedWithTheFieldsMessage(byte[] typed) {
    String password = new String(typed, StandardCharsets.UTF_8);

    try {
      PasswordPolicy.require(password);
    } catch (InvalidInputException refused) {
      assertThat(refused.field()).isEqualTo("password");
      assertThat(PasswordPolicy.problemWith(password)).hasValue(refused.getMessage());
      return;
    }

    assertThat(password.codePointCount(0, password.length()))
        .isBetween(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
  }

  /**
   * Found by fuzzing: an invitation or feed lookup without a token threw instead of finding none.
   */
  @Test
  void noTokenHashesAsTheEmptyOne() {
    assertThat(LinkToken.hashOf(null)).isEqualTo(LinkToken.hashOf(""));
  }
}
