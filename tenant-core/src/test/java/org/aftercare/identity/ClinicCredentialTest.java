package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClinicCredentialTest {

  @Test
  void clinicIsMatchedWithoutCaseOrSurroundingSpaces() {
    var credential = new ClinicCredential("  Riverside ", " dana@riverside.example ", "secret");

    assertThat(credential.clinic()).isEqualTo("riverside");
    assertThat(credential.email()).isEqualTo("dana@riverside.example");
    assertThat(credential.isOperatorSignIn()).isFalse();
  }

  @Test
  void blankClinicMeansAPlatformOperatorSignsIn() {
    assertThat(new ClinicCredential(" ", "ops@example.org", "secret").isOperatorSignIn()).isTrue();
    assertThat(new ClinicCredential(null, "ops@example.org", "secret").isOperatorSignIn()).isTrue();
  }

  @Test
  void clearingForgetsThePassword() {
    var credential = new ClinicCredential("riverside", "dana@riverside.example", "secret");

    credential.clear();

    assertThat(credential.password()).doesNotContain("secret");
  }
}
