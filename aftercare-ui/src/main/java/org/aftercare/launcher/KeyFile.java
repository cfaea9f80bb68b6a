package org.aftercare.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret key for the embedded default (the audit chain's, the care-team passwords'), kept beside
 * the database in the data folder but not in it, readable by the portal's user alone: made once, at
 * the first start, and read at every start after. A deployment with its own database sets the key
 * in its configuration instead ({@code AFTERCARE_AUDIT_CHAIN_KEY}, {@code
 * AFTERCARE_SHARING_SECRET_KEY}).
 */
final class KeyFile {

  private KeyFile() {}

  static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, key);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("The key file " + file + " cannot be read or made", e);
    }
  }
}
