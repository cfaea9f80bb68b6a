package org.aftercare.integrations.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The care team's peers as a test inside the server reaches them: their addresses, from the
 * deployment, and their control port ({@link org.aftercare.integrations.peers.CareTeamPeers}).
 */
final class PeerRemote {

  static final String RESOURCE = "care-team-peers.properties";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PeerRemote() {}

  static Properties addresses() {
    try (InputStream in = PeerRemote.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      var properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the peers hold and have seen, by name (see CareTeamPeers#state). */
  static Map<String, Integer> state() {
    var counts = new HashMap<String, Integer>();
    call("GET", "/state")
        .lines()
        .map(line -> line.split("=", 2))
        .forEach(pair -> counts.put(pair[0], Integer.parseInt(pair[1])));
    return counts;
  }

  static void fhirAnswers(int times, int status) {
    call("POST", "/fhir/answer?times=" + times + "&status=" + status);
  }

  static void mllpAcknowledges(int times, String code) {
    call("POST", "/mllp/ack?times=" + times + "&code=" + code);
  }

  /** Registers a SMART client's public keys; the FHIR server then wants tokens. */
  static void registerSmartClient(String clientId, String publicJwks) {
    call("POST", "/fhir/smart-client?id=" + clientId, publicJwks);
  }

  static void reset() {
    call("POST", "/reset");
  }

  private static String call(String method, String path) {
    return call(method, path, null);
  }

  private static String call(String method, String path, String body) {
    var request =
        HttpRequest.newBuilder(URI.create(addresses().getProperty("control.url") + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
