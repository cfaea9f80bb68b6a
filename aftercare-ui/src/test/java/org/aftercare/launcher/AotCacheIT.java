package org.aftercare.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's JDK AOT cache, made and used as {@code helm/image/Containerfile} and the chart do: a
 * training run of the packaged launcher ({@code --exit-when-ready}) writes it, and a start with the
 * chart's sizing given after the portal's JVM options can use it ({@code -XX:AOTMode=on} makes the
 * JVM refuse to start when it cannot).
 */
class AotCacheIT {

  @Test
  void aTrainingRunWritesACacheThatAStartWithTheChartsSizingUses(@TempDir Path folder)
      throws Exception {
    Path cache = folder.resolve("aftercare.aot");
    Path data = folder.resolve("data");

    Run training = launch(folder.resolve("training.log"), data, "-XX:AOTCacheOutput=" + cache);
    assertThat(training.status()).as(training.log()).isZero();
    assertThat(cache).isRegularFile();
    assertThat(Files.size(cache)).isGreaterThan(50_000_000);

    Run withCache =
        launch(
            folder.resolve("with-cache.log"),
            data,
            "-XX:AOTCache=" + cache,
            "-XX:AOTMode=on",
            "-XX:MaxRAM=1g",
            "-XX:MaxRAMPercentage=60");
    assertThat(withCache.status()).as(withCache.log()).isZero();
    assertThat(withCache.log()).contains("First visit: /login answered 200");
  }

  private record Run(int status, String log) {}

  private static Run launch(Path log, Path data, String... jvmOptions) throws Exception {
    List<String> command =
        PackagedPortal.launcherCommand(
            List.of(jvmOptions),
            List.of(
                "--demo",
                "--exit-when-ready",
                "--port=" + PackagedPortal.freePort(),
                "--data-dir=" + data));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(4, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("The launcher did not exit in 4 minutes: " + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log, UTF_8));
  }
}
