package org.aftercare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM whose exit is stuck in another shutdown hook (as Payara's can be) is halted once the grace
 * has passed; one that exits normally ends with its own status before the watchdog fires.
 */
class HaltIfStuckTest {

  @Test
  void aJvmStuckInAnotherShutdownHookIsHaltedAfterTheGrace() throws Exception {
    var exit = exitOf(true);

    assertThat(exit.status()).isEqualTo(1);
    assertThat(exit.output()).contains("still alive 1 s after the portal began to stop; halting");
  }

  @Test
  void aJvmThatExitsNormallyKeepsItsStatus() throws Exception {
    var exit = exitOf(false);

    assertThat(exit.status()).isEqualTo(3);
    assertThat(exit.output()).doesNotContain("halting");
  }

  private record Exit(int status, String output) {}

  private static Exit exitOf(boolean stuck) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    String classPath = location(HaltIfStuck.class) + File.pathSeparator + location(Stopping.class);
    var process =
        new ProcessBuilder(
                java, "-cp", classPath, Stopping.class.getName(), Boolean.toString(stuck))
            .redirectErrorStream(true)
            .start();
    // Well past the 1 s grace: a watchdog that never fires leaves the stuck JVM running.
    boolean ended = process.waitFor(30, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the JVM ended").isTrue();
    return new Exit(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The launcher's stop in miniature, run in its own JVM: one hook arms the watchdog. */
  static final class Stopping {
    public static void main(String[] args) throws InterruptedException {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> HaltIfStuck.after(Duration.ofSeconds(1))));
      if (Boolean.parseBoolean(args[0])) {
        var never = new CountDownLatch(1);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        never.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
      }
      System.exit(3);
    }
  }
}
