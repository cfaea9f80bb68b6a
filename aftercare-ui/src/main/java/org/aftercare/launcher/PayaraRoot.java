package org.aftercare.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Payara Micro's root directory for one start of the portal.
 *
 * <p>The build unpacks Payara Micro once ({@code --outputlauncher}) into {@code payara/} beside the
 * launcher, and the launcher's class path names {@code payara/launch-micro.jar}, whose own class
 * path names the runtime's jars: Payara's classes then load from plain jars through the JDK's class
 * loader, not from jars nested in {@code payara-micro.jar} — about a quarter of a start's time and
 * CPU (bench/RESULTS.md, "startup"). Payara writes its configuration into its root directory as it
 * boots (ports, the listener closed at a drain, deployed applications), so every start gets a fresh
 * copy of the unpacked configuration in a temporary directory, with the runtime linked in place:
 * nothing a start changes reaches the next one, and the unpacked runtime can stay read-only.
 */
final class PayaraRoot implements AutoCloseable {

  /** What Payara reads from its root directory and never writes. */
  private static final List<String> LINKED =
      List.of("runtime", "lib", "docroot", "launch-micro.jar");

  private final Path unpacked;
  private final Path directory;

  private PayaraRoot(Path unpacked, Path directory) {
    this.unpacked = unpacked;
    this.directory = directory;
  }

  /** A fresh root directory made from the runtime unpacked in {@code unpacked}. */
  static PayaraRoot freshFrom(Path unpacked) throws IOException {
    if (!Files.isRegularFile(unpacked.resolve("launch-micro.jar"))) {
      throw new IllegalStateException("Payara Micro is not unpacked in " + unpacked);
    }
    Path directory = Files.createTempDirectory("aftercare-payara");
    Path configuration = unpacked.resolve("config");
    try (Stream<Path> files = Files.walk(configuration)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, directory.resolve(unpacked.relativize(file).toString()));
      }
    }
    for (String name : LINKED) {
      Files.createSymbolicLink(directory.resolve(name), unpacked.resolve(name).toAbsolutePath());
    }
    return new PayaraRoot(unpacked, directory);
  }

  Path directory() {
    return directory;
  }

  /**
   * The system properties Payara Micro's own launcher sets before it boots; Payara needs them when
   * it boots inside another program's JVM ("PolicyFactory is null"). The build extracts them from
   * {@code payara-micro.jar} beside the unpacked runtime.
   */
  Properties bootProperties() throws IOException {
    return load(unpacked.resolve("payara-boot.properties"));
  }

  /** This start's copy of Payara's logging configuration. */
  Path loggingProperties() {
    return directory.resolve("config").resolve("logging.properties");
  }

  static Properties load(Path file) throws IOException {
    var properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return properties;
  }

  /** Removes this start's directory; the links go, what they point at stays. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
