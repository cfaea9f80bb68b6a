package org.aftercare.testing.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * A digest of an archive's paths and contents, nested archives included entry by entry: a zip of
 * the same content differs by its timestamps, this does not. Two test classes deploying equal
 * archives can share one running instance.
 */
final class ArchiveFingerprint {

  private ArchiveFingerprint() {}

  static String of(Archive<?> archive) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      add(digest, archive);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(MessageDigest digest, Archive<?> archive) {
    Map<String, Node> sorted = new TreeMap<>();
    for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
      sorted.put(entry.getKey().get(), entry.getValue());
    }
    for (Map.Entry<String, Node> entry : sorted.entrySet()) {
      digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      Asset asset = entry.getValue().getAsset();
      if (asset instanceof ArchiveAsset nested) {
        add(digest, nested.getArchive());
      } else if (asset != null) {
        try (InputStream content = asset.openStream()) {
          digest.update(content.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
