package org.aftercare.video;

import java.util.Base64;
import org.aftercare.shared.InvalidInputException;

/**
 * What a clinic admin sets for the video service: the provider, its webhook secret (blank keeps the
 * one stored) and the grace minutes within which a late join or an early leave still counts as
 * present.
 */
public record VideoSettings(VideoProviderKind kind, String secret, int graceMinutes) {

  public static final int MAX_GRACE_MINUTES = 60;
  static final int MAX_SECRET = 300;

  public VideoSettings {
    secret = secret == null || secret.isBlank() ? null : secret.trim();
  }

  void validate(boolean hasStoredSecret) {
    if (kind == null) {
      throw InvalidInputException.worded(
          "kind", "Choose the video service the clinic uses.", "refusal.video.kind");
    }
    if (secret == null && !hasStoredSecret) {
      throw InvalidInputException.worded(
          "secret",
          "Paste the secret the video service signs its events with.",
          "refusal.video.secretMissing");
    }
    if (secret != null && (secret.length() < 16 || secret.length() > MAX_SECRET)) {
      throw InvalidInputException.worded(
          "secret",
          "A signing secret has 16 to " + MAX_SECRET + " characters.",
          "refusal.video.secretLength",
          MAX_SECRET);
    }
    if (secret != null && secret.startsWith("whsec_") && !isBase64(secret.substring(6))) {
      throw InvalidInputException.worded(
          "secret",
          "A secret starting with whsec_ continues in base64, as the provider shows it.",
          "refusal.video.secretWhsec");
    }
    if (graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
      throw InvalidInputException.worded(
          "graceMinutes",
          "Between 0 and " + MAX_GRACE_MINUTES + " minutes.",
          "refusal.video.graceMinutes",
          MAX_GRACE_MINUTES);
    }
  }

  private static boolean isBase64(String text) {
    try {
      return Base64.getDecoder().decode(text).length > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
