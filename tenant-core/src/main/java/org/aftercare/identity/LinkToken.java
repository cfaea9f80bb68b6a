package org.aftercare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random 256-bit token for a link sent by e-mail (invitations, password resets), and the SHA-256
 * hex digest under which it is stored: a copy of the database cannot be turned into working links.
 */
public record LinkToken(String value, String hash) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static LinkToken create() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new LinkToken(value, hashOf(value));
  }

  /** The stored form of a token from a link; no token (null) hashes as the empty one. */
  public static String hashOf(String token) {
    String value = token == null ? "" : token;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
