package org.aftercare.testing.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;

/**
 * Waits until a starting Payara Micro serves the test servlet. Only the runner's own answer over
 * HTTP means ready; the process exiting, or the log's final "ready in" line with the servlet still
 * not found, means the deployment failed, reported with the end of the log.
 */
final class DeploymentProbe {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final String STARTED_LINE = " ready in ";
  private static final int LOG_LINES_SHOWN = 40;
  private static final int SEVERE_SHOWN = 10;
  private static final Duration AFTER_START_GRACE = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The first two bytes of any Java serialization stream. */
  private static final byte[] JAVA_SERIALIZATION = {(byte) 0xAC, (byte) 0xED};

  private final URI servlet;
  private final URI probe;
  private final Path log;

  DeploymentProbe(int port, String servletPath, Path log) {
    this.servlet = URI.create("http://localhost:" + port + servletPath);
    this.probe = URI.create(servlet + "?outputMode=serializedObject");
    this.log = log;
  }

  void await(Process process, Duration timeout) throws DeploymentException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw failed(
            "Payara Micro exited (" + process.exitValue() + ") before " + servlet + " answered");
      }
      if (servletAnswers()) {
        return;
      }
      // The log is complete up to this line, so every deployment has ended by now. On a loaded
      // machine the first requests after it can still time out (seen with two builds on two
      // cores), so the servlet gets a short grace before the deployment counts as failed.
      if (startupFinished()) {
        Instant graceEnds = Instant.now().plus(AFTER_START_GRACE);
        while (Instant.now().isBefore(graceEnds)) {
          if (servletAnswers()) {
            return;
          }
          sleep();
        }
        throw failed(
            "Payara Micro started, but " + servlet + " is not there: the deployment failed");
      }
      if (Instant.now().isAfter(deadline)) {
        throw failed(servlet + " did not answer within " + timeout);
      }
      sleep();
    }
  }

  /**
   * Only Arquillian's runner answers this way: asked for a serialized result without a test class,
   * it returns 200 with a Java-serialized failed result. A 404 or 503 of a deployment in progress,
   * or another program that took the port, does not pass.
   */
  private boolean servletAnswers() {
    try {
      var request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).build();
      var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      return response.statusCode() == 200
          && body.length > 2
          && body[0] == JAVA_SERIALIZATION[0]
          && body[1] == JAVA_SERIALIZATION[1];
    } catch (IOException notListeningYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean startupFinished() {
    return logText().contains(STARTED_LINE);
  }

  /** The log's SEVERE lines (where the cause is named) and its end, with the reason. */
  private DeploymentException failed(String why) {
    List<String> lines = logText().lines().toList();
    String severe =
        String.join(
            "\n",
            lines.stream().filter(line -> line.contains("SEVERE")).limit(SEVERE_SHOWN).toList());
    String tail =
        String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    return new DeploymentException(
        why + ".\nSEVERE in " + log.toAbsolutePath() + ":\n" + severe + "\nIts end:\n" + tail);
  }

  /** Read as Latin-1: a character cut in half by the writer must not fail the read. */
  private String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
