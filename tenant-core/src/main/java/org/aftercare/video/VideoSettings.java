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
      throw new InvalidInputException("kind", "Choose the video service the clinic uses.");
    }
    if (secret == null && !hasStoredSecret) {
      throw new InvalidInputException(
          "secret", "Paste the secret the video service signs its events with.");
    }
    if (secret != null && (secret.length() < 16 || secret.length() > MAX_SECRET)) {
      throw new InvalidInputException(
          "secret", "A signing secret has 16 to " + MAX_SECRET + " characters.");
    }
    if (secret != null && secret.startsWith("whsec_") && !isBase64(secret.substring(6))) {
      throw new InvalidInputException(
          "secret", "A secret starting with whsec_ continues in base64, as the provider shows it.");
    }
    if (graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
      throw new InvalidInputException(
          "graceMinutes", "Between 0 and " + MAX_GRACE_MINUTES + " minutes.");
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
