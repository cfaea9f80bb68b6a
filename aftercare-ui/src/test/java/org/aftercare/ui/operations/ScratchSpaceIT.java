package org.aftercare.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.Test;

/**
 * What the chart's read-only pod leaves writable is small: a running portal's temporary Payara
 * folder holds Payara's configuration, not a copy of the portal (deployed from {@code ROOT/} where
 * it lies), and {@code ROOT/} itself is never written.
 */
class ScratchSpaceIT {

  private static final Pattern PAYARA_FOLDER =
      Pattern.compile("Runtime directory is located at ([^\"\\s]+)");

  private final PackagedPortal portal = PackagedPortal.shared();

  @Test
  void theTemporaryPayaraFolderHoldsNoCopyOfThePortal() throws IOException {
    Path folder = payaraFolder();

    assertThat(folder).isDirectory();
    // Its runtime, lib and docroot are links to the build's unpacked Payara: not counted.
    assertThat(bytesIn(folder)).as("bytes written into " + folder).isLessThan(5_000_000);
  }

  @Test
  void thePortalsFolderIsOnlyRead() throws IOException {
    FileTime started = FileTime.from(portal.startedAt());

    try (Stream<Path> files = Files.walk(Path.of("target", "ROOT"))) {
      List<Path> written =
          files.filter(file -> modified(file).compareTo(started) > 0).limit(5).toList();
      assertThat(written).as("files written into ROOT/ after the portal started").isEmpty();
    }
  }

  private Path payaraFolder() throws IOException {
    try (Stream<String> lines = Files.lines(portal.log())) {
      return lines
          .map(PAYARA_FOLDER::matcher)
          .filter(Matcher::find)
          .map(found -> Path.of(found.group(1)))
          .findFirst()
          .orElseThrow(() -> new AssertionError("No Payara folder in " + portal.log()));
    }
  }

  private static long bytesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .mapToLong(ScratchSpaceIT::size)
          .sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
