package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} serves Prometheus text with the portal's own figures: a refused sign-in is
 * counted, and the open browser's Vaadin session and UI are among the open ones. No e-mail of the
 * person who tried is in the text.
 */
class MetricsBrowserIT extends PortalBrowserTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aRefusedSignInIsCountedAndOpenSessionsAndUisAreShown() throws Exception {
    double failuresBefore = figure(scrape(), "aftercare_sign_in_failures_total");
    var browser = browsers.open();

    boolean signedIn =
        new LoginPage(browser, portal)
            .attempt("riverside", "mentor@riverside.example", "not the password at all");
    String metrics = scrape();

    assertThat(signedIn).isFalse();
    assertThat(figure(metrics, "aftercare_sign_in_failures_total"))
        .isGreaterThanOrEqualTo(failuresBefore + 1);
    assertThat(figure(metrics, "aftercare_vaadin_sessions")).isGreaterThanOrEqualTo(1);
    assertThat(figure(metrics, "aftercare_vaadin_uis")).isGreaterThanOrEqualTo(1);
    assertThat(metrics).doesNotContain("riverside.example");
  }

  /**
   * What waits to go out and how the upkeep fares: per queue and per job, never per clinic. The
   * care-team and webhook relays run every 15 s; when this is the run's first test class, the
   * portal may have started moments ago, so the scrape waits for the first relay run.
   */
  @Test
  void theDeliveryBacklogAndTheUpkeepRunsAreShownPerQueueAndJob() throws Exception {
    var relayRan =
        Pattern.compile(
            "(?m)^aftercare_upkeep_runs_total\\{job=\"care-team deliveries\",mp_scope=\"application\"\\} [1-9]");
    String metrics = scrape();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (!relayRan.matcher(metrics).find() && Instant.now().isBefore(deadline)) {
      Thread.sleep(Duration.ofSeconds(2));
      metrics = scrape();
    }

    for (String queue : List.of("care_team", "webhook")) {
      for (String name :
          List.of(
              "aftercare_deliveries_queued",
              "aftercare_deliveries_dead",
              "aftercare_deliveries_oldest_queued_seconds")) {
        assertThat(metrics)
            .containsPattern("(?m)^" + name + "\\{.*queue=\"" + queue + "\".*\\} \\d");
      }
    }
    assertThat(metrics).containsPattern(relayRan);
    assertThat(metrics).doesNotContain("clinic=").doesNotContain("tenant");
  }

  /** Connections held while nothing is asked of the portal: none or a few, never above the pool. */
  @Test
  void theConnectionsHeldAreShownAgainstThePoolsSize() throws Exception {
    String metrics = scrape();

    assertThat(figure(metrics, "aftercare_db_connections_max")).isEqualTo(32);
    assertThat(figure(metrics, "aftercare_db_connections_in_use")).isBetween(0.0, 32.0);
  }

  @Test
  void throughTheIngressTheMetricsAreNotThere() throws Exception {
    for (String forwarded :
        List.of("X-Forwarded-For:203.0.113.9", "Forwarded:for=203.0.113.9;proto=https")) {
      String[] header = forwarded.split(":", 2);
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(portal.url("/metrics")))
                  .header(header[0], header[1])
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(forwarded).isEqualTo(404);
      assertThat(response.body()).doesNotContain("aftercare_");
    }
  }

  private String scrape() throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(portal.url("/metrics"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of an application metric, 0 while it has never been written. */
  private static double figure(String metrics, String name) {
    var line =
        Pattern.compile("^" + name + "\\{mp_scope=\"application\"\\} (\\S+)$", Pattern.MULTILINE)
            .matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }
}
