package org.aftercare.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The round trip of every answered UIDL request, one line "name millis finished-at" (epoch
 * milliseconds) in the file {@code -Dfigures} names, from which {@code bench/load/run} prints
 * percentiles and rates (Gatling's own report is HTML; its console shows only totals).
 */
final class Figures {

  private static final Path FILE =
      Path.of(System.getProperty("figures", "target/round-trips.txt")).toAbsolutePath();

  private Figures() {}

  static synchronized void record(String name, int millis) {
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          name.replace(' ', '-') + " " + millis + " " + System.currentTimeMillis() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
