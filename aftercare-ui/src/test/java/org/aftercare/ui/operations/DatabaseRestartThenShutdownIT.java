package org.aftercare.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A portal of its own, on a PostgreSQL the test runs, through what operations do to it: the
 * database restarted under it, then SIGTERM. One portal for both, in that order, because a start is
 * half a minute of the test run.
 *
 * <p>PostgreSQL restarts under a running portal: while it is down, readiness is DOWN, liveness
 * stays UP (no restart of the pod), and a request that needs the database gets a plain 503 with
 * nothing of the exception in it; once it is back, the same portal serves that request again within
 * 30 s. The request is a REST API call with a token the portal must look up in the database (401
 * when it can, the page of an API integrator).
 *
 * <p>SIGTERM drains the portal: readiness goes DOWN while the process still serves, requests under
 * way when the signal came get their whole answer (no 5xx, no reset), and the process exits within
 * the drain's 25 s. The requests are token requests whose body the test sends slowly, so that they
 * are surely under way in the portal when the signal arrives. A request arriving in the drain's
 * first seconds is served; one arriving later is refused with 503 and {@code Retry-After}, never
 * cut off half served when the process stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartThenShutdownIT {

  private static final byte[] BODY =
      "grant_type=password&scope=system%2FPatient.rs".getBytes(StandardCharsets.US_ASCII);
  private static final int HALF = BODY.length / 2;

  /** How long the drain still serves new requests (the chart's default is 10 s). */
  private static final Duration ADMITTING = Duration.ofSeconds(3);

  private static Path dataDirectory;
  private static int databasePort;
  private static EmbeddedDatabase database;
  private static PackagedPortal portal;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startDatabaseAndPortal() throws IOException {
    dataDirectory = Files.createTempDirectory("aftercare-restart-it");
    try (var socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
    database = EmbeddedDatabase.startThrowaway(dataDirectory, databasePort);
    var settings = new HashMap<>(PackagedPortal.settingsFor(database));
    settings.put("AFTERCARE_SHUTDOWN_ADMIT_SECONDS", Long.toString(ADMITTING.toSeconds()));
    portal = PackagedPortal.start("portal-restart-it", List.of(), settings);
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void thePortalServesAgainSoonAfterTheDatabaseComesBack() throws Exception {
    assertThat(apiCall().statusCode()).isEqualTo(401);

    database.close();
    var whileDown =
        await(Duration.ofSeconds(30), () -> get("/health/ready"), r -> r.statusCode() == 503);
    var liveWhileDown = get("/health/live");
    var apiWhileDown = apiCall();

    assertThat(whileDown.body()).contains("\"name\":\"database\",\"status\":\"DOWN\"");
    assertThat(liveWhileDown.statusCode()).isEqualTo(200);
    assertThat(apiWhileDown.statusCode()).isEqualTo(503);
    assertThat(apiWhileDown.headers().firstValue("Retry-After")).isPresent();
    assertThat(apiWhileDown.body())
        .contains("cannot reach its database")
        .doesNotContain("Exception", "select", "localhost", "\tat ");

    database = EmbeddedDatabase.startThrowaway(dataDirectory, databasePort);
    Instant restarted = Instant.now();
    var ready =
        await(Duration.ofSeconds(30), () -> get("/health/ready"), r -> r.statusCode() == 200);
    var apiAgain = await(Duration.ofSeconds(30), this::apiCall, r -> r.statusCode() == 401);

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(apiAgain.statusCode()).isEqualTo(401);
    assertThat(Duration.between(restarted, Instant.now())).isLessThan(Duration.ofSeconds(30));
    assertThat(portal.isRunning()).isTrue();
  }

  @Test
  @Order(2)
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
    var readiness = get("/health/ready");
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
    assertThat(Files.readString(portal.log()))
        .as("the listener closed once the drain was over")
        .contains("Stopping: listener closed");
  }

  private HttpResponse<String> apiCall() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url("/api/v1/groups")))
            .header("Authorization", "Bearer not-a-token-of-any-clinic")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url(path)))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The request's answer once it meets {@code condition}, or its last one after {@code limit}. */
  private static HttpResponse<String> await(
      Duration limit,
      Callable<HttpResponse<String>> request,
      Predicate<HttpResponse<String>> condition)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    HttpResponse<String> last = request.call();
    while (!condition.test(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      last = request.call();
    }
    return last;
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
}
