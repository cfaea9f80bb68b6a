package org.aftercare.integrations.fhirapi;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.outbound.OutboundAddresses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An API client's public keys: the set the clinic admin pasted, or the one published at its JWK Set
 * URL — fetched with the same refusal of internal addresses as every outbound call, bounded in time
 * and size, and kept for five minutes so that a burst of token requests costs one fetch.
 */
@ApplicationScoped
public class ClientKeySets {

  static final Duration KEPT_FOR = Duration.ofMinutes(5);
  static final int MAX_BYTES = 64 * 1024;

  private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject
  @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
  boolean allowLoopbackHttp;

  private record Fetched(JWKSet keys, Instant at) {}

  JWKSet keysOf(ApiClient client, Instant now) throws KeySetException {
    if (client.jwks().isPresent()) {
      try {
        return JWKSet.parse(client.jwks().get());
      } catch (ParseException e) {
        throw new KeySetException("The registered JWK Set cannot be read.");
      }
    }
    String url = client.jwksUrl().orElseThrow();
    Fetched kept = fetched.get(url);
    if (kept != null && kept.at().plus(KEPT_FOR).isAfter(now)) {
      return kept.keys();
    }
    JWKSet keys = fetch(url);
    fetched.put(url, new Fetched(keys, now));
    return keys;
  }

  private JWKSet fetch(String url) throws KeySetException {
    URI uri =
        OutboundAddresses.allowedUrl(url, allowLoopbackHttp)
            .orElseThrow(() -> new KeySetException("The JWK Set URL is not an https address."));
    var refusal = OutboundAddresses.refusal(uri.getHost(), allowLoopbackHttp);
    if (refusal.isPresent()) {
      throw new KeySetException("The JWK Set URL is refused: " + refusal.get());
    }
    try {
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new KeySetException("The JWK Set URL answered " + response.statusCode() + ".");
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new KeySetException("The JWK Set at its URL is larger than 64 KB.");
        }
        return JWKSet.parse(new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (IOException | ParseException e) {
      throw new KeySetException("The JWK Set could not be fetched or read.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeySetException("Interrupted while fetching the JWK Set.");
    }
  }

  /** Why the keys to check an assertion with are not at hand; said to the client as is. */
  static class KeySetException extends Exception {
    KeySetException(String message) {
      super(message);
    }
  }
}
