package org.aftercare.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts under a running portal: while it is down, readiness is DOWN, liveness stays
 * UP (no restart of the pod), and a request that needs the database gets a plain 503 with nothing
 * of the exception in it; once it is back, the same portal serves that request again within 30 s.
 * The request is a REST API call with a token the portal must look up in the database (401 when it
 * can, the page of an API integrator).
 */
class DatabaseRestartIT {

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
    var app = database.app();
    var owner = database.owner();
    portal =
        PackagedPortal.start(
            "portal-db-restart-it",
            List.of(),
            Map.of(
                "AFTERCARE_DB_URL", app.url(),
                "AFTERCARE_DB_USER", app.user(),
                "AFTERCARE_DB_PASSWORD", app.password(),
                "AFTERCARE_DB_OWNER_USER", owner.user(),
                "AFTERCARE_DB_OWNER_PASSWORD", owner.password()));
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
  void thePortalServesAgainSoonAfterTheDatabaseComesBack() throws Exception {
    assertThat(apiCall().statusCode()).isEqualTo(401);

    database.close();
    var whileDown = await(Duration.ofSeconds(30), "/health/ready", r -> r.statusCode() == 503);
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
    var ready = await(Duration.ofSeconds(30), "/health/ready", r -> r.statusCode() == 200);
    var apiAgain = awaitApi(Duration.ofSeconds(30));

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(apiAgain.statusCode()).isEqualTo(401);
    assertThat(Duration.between(restarted, Instant.now())).isLessThan(Duration.ofSeconds(30));
    assertThat(portal.isRunning()).isTrue();
  }

  private HttpResponse<String> apiCall() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url("/api/v1/groups")))
            .header("Authorization", "Bearer not-a-token-of-any-clinic")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> awaitApi(Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    HttpResponse<String> last = apiCall();
    while (last.statusCode() != 401 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      last = apiCall();
    }
    return last;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url(path)))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> await(
      Duration limit, String path, Predicate<HttpResponse<String>> condition) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    HttpResponse<String> last = get(path);
    while (!condition.test(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      last = get(path);
    }
    return last;
  }
}
