package org.aftercare.video;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a clinic admin may save for the video service, each refusal naming its field. */
class VideoSettingsTest {

  private static final String SECRET = "a-secret-token-of-22ch";

  @Test
  void aFirstSaveNeedsTheSecretALaterOneMayKeepTheStoredOne() {
    var keep = new VideoSettings(VideoProviderKind.ZOOM, "  ", 5);

    assertThatThrownBy(() -> keep.validate(false))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("secret");
    assertThatCode(() -> keep.validate(true)).doesNotThrowAnyException();
  }

  @Test
  void theProviderTheSecretsLengthAndTheGraceAreChecked() {
    assertRefused(new VideoSettings(null, SECRET, 5), "kind");
    assertRefused(new VideoSettings(VideoProviderKind.ZOOM, "too-short", 5), "secret");
    assertRefused(new VideoSettings(VideoProviderKind.ZOOM, SECRET, -1), "graceMinutes");
    assertRefused(new VideoSettings(VideoProviderKind.ZOOM, SECRET, 61), "graceMinutes");
    assertThatCode(() -> new VideoSettings(VideoProviderKind.ZOOM, SECRET, 60).validate(false))
        .doesNotThrowAnyException();
  }

  @Test
  void aWhsecSecretMustContinueInBase64() {
    assertRefused(
        new VideoSettings(VideoProviderKind.STANDARD_WEBHOOKS, "whsec_not base64 at all!", 5),
        "secret");
    assertThatCode(
            () ->
                new VideoSettings(
                        VideoProviderKind.STANDARD_WEBHOOKS,
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        5)
                    .validate(false))
        .doesNotThrowAnyException();
  }

  private static void assertRefused(VideoSettings settings, String field) {
    assertThatThrownBy(() -> settings.validate(false))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(field);
  }
}
