package org.aftercare.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.aftercare.ui.browser.PackagedPortal;
import org.junit.jupiter.api.Test;

/**
 * The three probes the chart points Kubernetes at answer on the packaged portal, each with the
 * portal's own check: started (start-up finished, timers scheduled), live (no deadlock, nothing
 * about the database), ready (database and not draining).
 */
class HealthChecksIT {

  private final PackagedPortal portal = PackagedPortal.shared();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startedReportsThePortalsOwnStartAndItsTimers() throws Exception {
    var started = get("/health/started");

    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(started.body())
        .contains("\"name\":\"portal-started\",\"status\":\"UP\"")
        .containsPattern("\"timers\":\"[1-9]");
  }

  @Test
  void livenessChecksForDeadlocksAndNotTheDatabase() throws Exception {
    var live = get("/health/live");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body())
        .contains("\"name\":\"no-deadlocked-threads\",\"status\":\"UP\"")
        .doesNotContain("database");
  }

  @Test
  void readinessReportsTheDatabaseAndThatThePortalTakesWork() throws Exception {
    var ready = get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"name\":\"accepting-work\",\"status\":\"UP\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
