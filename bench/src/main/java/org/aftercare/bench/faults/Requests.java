package org.aftercare.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Requests to the portal's REST API with a bearer token, each recorded with when it started and
 * ended and how it ended: a status, or -1 and the exception's name when no answer came (refused,
 * reset, timed out).
 */
final class Requests {

  /** One request's outcome; times in nanoseconds of {@link System#nanoTime()}. */
  record Outcome(String name, long started, long ended, int status, String failure) {
    boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * HTTP/1.1, as a load balancer or an EHR's client speaks to the portal: the JDK's default upgrade
   * to HTTP/2 over plain text carries every request on one connection, and one broken session then
   * fails them all at once.
   */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final List<Outcome> outcomes = new ArrayList<>();
  private final String base;
  private final String token;

  Requests(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The answer's body, or null when there was none; the outcome is recorded under {@code name}. */
  String send(String name, String method, String path, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    long started = System.nanoTime();
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      record(new Outcome(name, started, System.nanoTime(), response.statusCode(), null));
      return response.body();
    } catch (IOException e) {
      record(new Outcome(name, started, System.nanoTime(), -1, e.getClass().getSimpleName()));
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  synchronized List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** "200×n, 503×m, ConnectException×k" for the outcomes that match. */
  static String statuses(List<Outcome> outcomes, Predicate<Outcome> which) {
    Map<String, Integer> counts = new TreeMap<>();
    outcomes.stream()
        .filter(which)
        .forEach(
            o ->
                counts.merge(
                    o.failure() == null ? Integer.toString(o.status()) : o.failure(),
                    1,
                    Integer::sum));
    if (counts.isEmpty()) {
      return "none";
    }
    var parts = new ArrayList<String>();
    counts.forEach((outcome, count) -> parts.add(outcome + "×" + count));
    return String.join(", ", parts);
  }

  private synchronized void record(Outcome outcome) {
    outcomes.add(outcome);
  }
}
