package org.aftercare.integrations.peers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * The care team's systems for integration tests that run inside the server: a HAPI FHIR server and
 * an MLLP listener on loopback, started once in the test JVM, with a small control port through
 * which the tests (in the server's JVM) make them fail and read what they kept.
 *
 * <p>Control: {@code GET /state} (one {@code key=value} per line), {@code POST
 * /fhir/answer?times=N&status=S}, {@code POST /fhir/smart-client?id=C} (body: its public JWKS; from
 * then on the FHIR server wants its tokens), {@code POST /mllp/ack?times=N&code=C}, {@code POST
 * /reset}.
 */
public final class CareTeamPeers {

  private static CareTeamPeers running;

  private final FhirReceiver fhir = new FhirReceiver().start();
  private final MllpReceiver mllp = new MllpReceiver().start();
  private final HttpServer control;

  private CareTeamPeers() {
    try {
      control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    control.createContext("/", this::handle);
    control.start();
  }

  /** The peers of this test run, started on first use; they stop with the JVM. */
  public static synchronized CareTeamPeers running() {
    if (running == null) {
      running = new CareTeamPeers();
    }
    return running;
  }

  /** Where the server under test finds them, as a properties file. */
  public String addresses() {
    return String.join(
        "\n",
        "fhir.base-url=" + fhir.baseUrl(),
        "fhir.token-url=" + fhir.tokenUrl(),
        "mllp.host=" + mllp.host(),
        "mllp.port=" + mllp.port(),
        "control.url=http://"
            + control.getAddress().getHostString()
            + ":"
            + control.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    Map<String, String> query = query(uri.getRawQuery());
    String answer =
        switch (exchange.getRequestMethod() + " " + uri.getPath()) {
          case "GET /state" -> state();
          case "POST /fhir/answer" -> {
            fhir.answerNext(
                Integer.parseInt(query.get("times")),
                Integer.parseInt(query.get("status")),
                "Refused on purpose by the test");
            yield "ok";
          }
          case "POST /fhir/smart-client" -> {
            fhir.registerSmartClient(
                query.get("id"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            fhir.requireBearerTokens(true);
            yield "ok";
          }
          case "POST /mllp/ack" -> {
            mllp.acknowledgeNext(Integer.parseInt(query.get("times")), query.get("code"));
            yield "ok";
          }
          case "POST /reset" -> {
            fhir.reset();
            fhir.requireBearerTokens(false);
            mllp.reset();
            yield "ok";
          }
          default -> null;
        };
    byte[] body = (answer == null ? "unknown" : answer).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String state() {
    return String.join(
        "\n",
        "fhir.requests=" + fhir.requestCount(),
        "fhir.token-requests=" + fhir.tokenRequests(),
        "fhir.bundles=" + fhir.receivedBundles().size(),
        "fhir.measure-reports=" + fhir.stored(MeasureReport.class).size(),
        "fhir.questionnaire-responses=" + fhir.stored(QuestionnaireResponse.class).size(),
        "mllp.received=" + mllp.received().size(),
        "mllp.accepted=" + mllp.accepted().size(),
        "mllp.loinc-results=" + loincResults(mllp.accepted()));
  }

  /** OBX segments coded in LOINC (standard measures' totals) in the accepted messages. */
  private static long loincResults(List<String> messages) {
    return messages.stream()
        .flatMap(er7 -> Arrays.stream(er7.split("\r")))
        .filter(segment -> segment.startsWith("OBX|") && segment.contains("^LN|"))
        .count();
  }

  private static Map<String, String> query(String raw) {
    var values = new HashMap<String, String>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String[] parts = pair.split("=", 2);
        values.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    return values;
  }
}
