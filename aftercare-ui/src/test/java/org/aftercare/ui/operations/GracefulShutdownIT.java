package org.aftercare.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM drains the portal: readiness goes DOWN while the process still serves, requests under way
 * when the signal came get their whole answer (no 5xx, no reset), and the process exits within the
 * drain's 25 s. The requests are token requests whose body the test sends slowly, so that they are
 * surely under way in the portal when the signal arrives. A request arriving in the drain's first
 * seconds is served; one arriving later is refused with 503 and {@code Retry-After}, never cut off
 * half served when the process stops.
 */
class GracefulShutdownIT {

  private static final byte[] BODY =
      "grant_type=password&scope=system%2FPatient.rs".getBytes(StandardCharsets.US_ASCII);
  private static final int HALF = BODY.length / 2;

  /** How long the drain still serves new requests (the chart's default is 10 s). */
  private static final Duration ADMITTING = Duration.ofSeconds(3);

  private static PackagedPortal portal;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startPortal() {
    portal =
        PackagedPortal.start(
            "portal-sigterm-it",
            List.of(),
            Map.of("AFTERCARE_SHUTDOWN_ADMIT_SECONDS", Long.toString(ADMITTING.toSeconds())));
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  @Test
  void requestsUnderWayFinishAndTheProcessExitsWithinTheDrain() throws Exception {
    // The first request starts the token servlet (seconds, on a busy machine) before any filter
    // counts it: the requests under way must be in the portal's filters when the signal comes.
    assertThat(tokenRequest().statusCode()).isEqualTo(400);
    var underWay = new ArrayList<Socket>();
    for (int i = 0; i < 4; i++) {
      underWay.add(startTokenRequest());
    }
    Thread.sleep(1500);

    Instant terminated = Instant.now();
    portal.terminate();
    Thread.sleep(1000);
    var readiness = readinessWhileDraining();
    boolean aliveWhileDraining = portal.isRunning();
    var arrivingInTheWindow = tokenRequest();
    Thread.sleep(ADMITTING.toMillis());
    var arrivingAfterIt = tokenRequest();
    var statusLines = new ArrayList<String>();
    for (Socket request : underWay) {
      statusLines.add(finish(request));
    }
    boolean exited = portal.exitsWithin(Duration.ofSeconds(25));

    assertThat(aliveWhileDraining).isTrue();
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).contains("\"name\":\"accepting-work\",\"status\":\"DOWN\"");
    assertThat(statusLines).hasSize(4).allMatch(line -> line.startsWith("HTTP/1.1 400"));
    assertThat(arrivingInTheWindow.statusCode())
        .as("served while the window is open")
        .isEqualTo(400);
    assertThat(arrivingAfterIt.statusCode()).as("refused, not cut off").isEqualTo(503);
    assertThat(arrivingAfterIt.headers().firstValue("Retry-After")).contains("5");
    assertThat(arrivingAfterIt.body()).contains("\"status\":503");
    assertThat(exited).isTrue();
    assertThat(Duration.between(terminated, Instant.now())).isLessThan(Duration.ofSeconds(27));
  }

  /** Headers and half the body: the portal is reading the rest when the signal comes. */
  private Socket startTokenRequest() throws IOException {
    var socket = new Socket("localhost", portal.port());
    socket.setSoTimeout(30_000);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /fhir/auth/token HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: "
                + BODY.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(BODY, 0, HALF);
    out.flush();
    return socket;
  }

  /** Sends the rest of the body and reads the status line; a reset or an empty answer fails. */
  private static String finish(Socket request) throws IOException {
    try (request) {
      OutputStream out = request.getOutputStream();
      out.write(BODY, HALF, BODY.length - HALF);
      out.flush();
      InputStream in = request.getInputStream();
      var line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    } catch (IOException e) {
      return "no answer: " + e;
    }
  }

  /** A whole token request (it lacks the client's credentials: 400) sent in one go. */
  private HttpResponse<String> tokenRequest() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url("/fhir/auth/token")))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> readinessWhileDraining() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url("/health/ready")))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
