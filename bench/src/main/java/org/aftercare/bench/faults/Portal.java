package org.aftercare.bench.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal as an operator starts it ({@code java @jvm.options -jar
 * aftercare-launcher.jar --demo}) on the bench's database, with its output in a log of its own;
 * killed with SIGKILL or stopped with SIGTERM as a node or Kubernetes would.
 */
final class Portal {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

  private final Process process;
  private final int port;

  private Portal(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Started and ready (200 from {@code /health/ready}); {@code settings} are its environment. */
  static Portal start(Path jar, Path data, Path log, Map<String, String> settings)
      throws IOException, InterruptedException {
    int port = freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var builder =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "@" + jar.resolveSibling("jvm.options"),
                    "-jar",
                    jar.toString(),
                    "--demo",
                    "--port=" + port,
                    "--data-dir=" + data))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(settings);
    var portal = new Portal(builder.start(), port);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!portal.process.isAlive()) {
        throw new IllegalStateException("The portal exited; see " + log);
      }
      if (portal.status("/health/ready") == 200) {
        return portal;
      }
      Thread.sleep(500);
    }
    portal.kill();
    throw new IllegalStateException("The portal was not ready within " + START_TIMEOUT);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: the process dies where it stands, as on a node failure or an OOM kill. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, as Kubernetes stops a pod. */
  void terminate() {
    process.destroy();
  }

  boolean exitsWithin(Duration limit) throws InterruptedException {
    return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean isRunning() {
    return process.isAlive();
  }

  /** The text of {@code /metrics} (Prometheus), empty when it cannot be read. */
  String metrics() {
    try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(
              HttpRequest.newBuilder(URI.create(url("/metrics")))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private int status(String path) throws InterruptedException {
    try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(
              HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notYet) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
