package org.aftercare.integrations.fhir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.aftercare.outbound.OutboundAddresses;

/**
 * The rules every request to a care team's systems follows, FHIR server and token endpoint alike:
 * https only (plain http to a loopback address when allowed, for development and tests), redirects
 * never followed (one could carry the health information or our credentials to another host),
 * HTTP/1.1, a deadline for the whole answer, and no more of the body read than we need.
 */
public final class OutboundHttp implements AutoCloseable {

  /** A status and the first {@value #MAX_BODY} bytes of the body, as text. */
  public record Answer(int status, String body) {
    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }
  }

  // Enough for any OperationOutcome, transaction response or token response we read; the rest is
  // dropped unread.
  private static final int MAX_BODY = 256 * 1024;

  private final HttpClient http;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final boolean allowLoopbackHttp;

  public OutboundHttp(Duration connectTimeout, Duration requestTimeout, boolean allowLoopbackHttp) {
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
    this.allowLoopbackHttp = allowLoopbackHttp;
    // HTTP/1.1: one request at a time to a server we do not know, no h2c upgrade over http.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
  }

  boolean allowsLoopbackHttp() {
    return allowLoopbackHttp;
  }

  /** The URL when it may be used (see {@link OutboundAddresses#allowedUrl}). */
  public Optional<URI> allowed(String url) {
    return OutboundAddresses.allowedUrl(url, allowLoopbackHttp);
  }

  public HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(requestTimeout);
  }

  /** How long {@link #exchange} waits at most: connecting, then the whole answer. */
  Duration deadline() {
    return connectTimeout.plus(requestTimeout);
  }

  /**
   * Sends the request and reads the answer within the {@link #deadline()}; on a timeout or an
   * interrupt the request is cancelled.
   *
   * @throws ExecutionException with the network failure as its cause
   */
  public Answer exchange(HttpRequest request)
      throws ExecutionException, TimeoutException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    CompletableFuture<HttpResponse<Void>> pending =
        http.sendAsync(
            request,
            HttpResponse.BodyHandlers.ofByteArrayConsumer(
                chunk -> {
                  if (chunk.isPresent() && body.size() < MAX_BODY) {
                    body.writeBytes(chunk.get());
                  }
                }));
    try {
      // The request timeout covers the wait for the headers; this deadline covers the body too.
      HttpResponse<Void> response = pending.get(deadline().toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(response.statusCode(), body.toString(StandardCharsets.UTF_8));
    } catch (TimeoutException | InterruptedException e) {
      pending.cancel(true);
      throw e;
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
