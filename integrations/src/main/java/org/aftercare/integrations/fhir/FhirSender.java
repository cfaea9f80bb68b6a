package org.aftercare.integrations.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.aftercare.integrations.delivery.OutcomeDetail;
import org.aftercare.sharing.DeliveryOutcome;
import org.aftercare.sharing.SummaryMessage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Posts adherence bundles to care teams' FHIR servers and says what came of each attempt: 2xx
 * delivered; 408, 429, 5xx, timeouts and network failures worth a retry; redirects and other 4xx
 * refused for good.
 *
 * <p>Only {@code https} base URLs, unless built to allow plain {@code http} to a loopback address
 * (development and tests). Redirects are never followed: one could carry the health information to
 * another host. One sender serves every endpoint; it holds an {@link HttpClient}, so close it.
 */
public final class FhirSender implements AutoCloseable {

  public static final String FHIR_JSON = "application/fhir+json";

  // Enough for any OperationOutcome or transaction response we read; the rest is dropped unread.
  private static final int MAX_BODY = 256 * 1024;
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private final HttpClient http;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final boolean allowLoopbackHttp;

  /**
   * @param connectTimeout how long to wait for the connection (and TLS handshake)
   * @param requestTimeout how long to wait for the response once connected
   * @param allowLoopbackHttp whether plain http to localhost or 127.x.x.x is allowed (never in
   *     production)
   */
  public FhirSender(Duration connectTimeout, Duration requestTimeout, boolean allowLoopbackHttp) {
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

  /** One attempt to deliver the summary as a transaction bundle. */
  public DeliveryOutcome deliver(FhirEndpoint endpoint, SummaryMessage message) {
    return send(endpoint, AdherenceBundles.json(message));
  }

  /** One attempt to post a transaction bundle (JSON) to the endpoint's base URL. */
  public DeliveryOutcome send(FhirEndpoint endpoint, String bundleJson) {
    Optional<URI> base = allowedBase(endpoint.baseUrl());
    if (base.isEmpty()) {
      return refusedAddress();
    }
    HttpRequest.Builder request;
    try {
      request = request(endpoint, base.get());
    } catch (RuntimeException e) {
      return noAuthorization(e);
    }
    request
        .header("Content-Type", FHIR_JSON + "; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(bundleJson, StandardCharsets.UTF_8));
    return exchange(request.build(), this::transactionAccepted);
  }

  /**
   * A round trip that sends no one's information: {@code GET [base]/metadata}, expecting an R4
   * CapabilityStatement.
   */
  public DeliveryOutcome testConnection(FhirEndpoint endpoint) {
    Optional<URI> base = allowedBase(endpoint.baseUrl());
    if (base.isEmpty()) {
      return refusedAddress();
    }
    HttpRequest.Builder request;
    try {
      request = request(endpoint, URI.create(base.get() + "/metadata"));
    } catch (RuntimeException e) {
      return noAuthorization(e);
    }
    return exchange(request.GET().build(), this::capabilities);
  }

  @Override
  public void close() {
    http.close();
  }

  private HttpRequest.Builder request(FhirEndpoint endpoint, URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", FHIR_JSON);
    endpoint.authorization().get().ifPresent(value -> request.header("Authorization", value));
    return request;
  }

  /** The authorization supplier failed (a token endpoint down, say): worth another try later. */
  private static DeliveryOutcome noAuthorization(RuntimeException e) {
    return DeliveryOutcome.retry(
        OutcomeDetail.of("No authorization for the request: " + e.getMessage()));
  }

  private interface SuccessReader {
    DeliveryOutcome read(int status, String body);
  }

  private DeliveryOutcome exchange(HttpRequest request, SuccessReader onSuccess) {
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
    HttpResponse<Void> response;
    try {
      // The request timeout covers the wait for the headers; this deadline covers the body too.
      long deadline = connectTimeout.plus(requestTimeout).toMillis();
      response = pending.get(deadline, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut();
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retry("Interrupted before the server answered.");
    } catch (ExecutionException e) {
      return networkFailure(e.getCause());
    }
    int status = response.statusCode();
    String text = body.toString(StandardCharsets.UTF_8);
    if (status >= 200 && status < 300) {
      return onSuccess.read(status, text);
    }
    return failed(status, text);
  }

  private DeliveryOutcome transactionAccepted(int status, String body) {
    if (parse(body) instanceof Bundle response) {
      long created =
          response.getEntry().stream()
              .filter(e -> e.getResponse().getStatus() != null)
              .filter(e -> e.getResponse().getStatus().startsWith("201"))
              .count();
      long existing = response.getEntry().size() - created;
      return DeliveryOutcome.delivered(
          "HTTP " + status + ": " + created + " created, " + existing + " already there.");
    }
    return DeliveryOutcome.delivered("HTTP " + status + ".");
  }

  private DeliveryOutcome capabilities(int status, String body) {
    if (!(parse(body) instanceof CapabilityStatement capabilities)) {
      return DeliveryOutcome.rejected(
          "HTTP " + status + " but no FHIR CapabilityStatement at [base]/metadata.");
    }
    String stated = capabilities.getFhirVersionElement().getValueAsString();
    String version = stated == null ? "" : stated;
    if (!version.startsWith("4.0")) {
      return DeliveryOutcome.rejected(
          "The server speaks FHIR "
              + (version.isEmpty() ? "of no stated version" : version)
              + "; we send R4 (4.0.1).");
    }
    String software =
        capabilities.getSoftware().hasName()
            ? " (" + capabilities.getSoftware().getName() + ")"
            : "";
    return DeliveryOutcome.delivered(
        OutcomeDetail.of("FHIR " + version + " server" + software + "."));
  }

  private static DeliveryOutcome failed(int status, String body) {
    if (status >= 300 && status < 400) {
      return DeliveryOutcome.rejected(
          "HTTP "
              + status
              + ": the server redirects elsewhere, and redirects are not followed. Check the"
              + " base URL.");
    }
    String detail = OutcomeDetail.of("HTTP " + status + ": " + reason(status, body));
    if (status == 408 || status == 429 || status >= 500) {
      return DeliveryOutcome.retry(detail);
    }
    return DeliveryOutcome.rejected(detail);
  }

  /** The first issue of an OperationOutcome, else the standard phrase for the status. */
  private static String reason(int status, String body) {
    if (parse(body) instanceof OperationOutcome outcome && outcome.hasIssue()) {
      var issue = outcome.getIssueFirstRep();
      if (issue.hasDiagnostics()) {
        return issue.getDiagnostics();
      }
      if (issue.getDetails().hasText()) {
        return issue.getDetails().getText();
      }
    }
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized (check the user name and password)";
      case 403 -> "Forbidden";
      case 404 -> "Not Found (check the base URL)";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "unexpected status";
    };
  }

  /** A FHIR resource in JSON, or null for anything else (HTML error pages, empty bodies). */
  private static IBaseResource parse(String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      return AdherenceBundles.fhirContext().newJsonParser().parseResource(body);
    } catch (DataFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  private DeliveryOutcome timedOut() {
    return DeliveryOutcome.retry(
        "No answer within "
            + connectTimeout.plus(requestTimeout).toMillis()
            + " ms; the server may be slow or down.");
  }

  private DeliveryOutcome networkFailure(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof ConnectException) {
      return DeliveryOutcome.retry("Could not connect: the server refused or did not answer.");
    }
    if (cause instanceof IOException) {
      return DeliveryOutcome.retry(
          OutcomeDetail.of(
              "Network failure: " + cause.getClass().getSimpleName() + " " + cause.getMessage()));
    }
    return DeliveryOutcome.retry(OutcomeDetail.of("Failed: " + cause));
  }

  /**
   * The base URL without trailing slashes when it may be used: https, or http to a loopback address
   * written as such when that is allowed (a host name is not resolved: it could point anywhere).
   */
  private Optional<URI> allowedBase(String baseUrl) {
    if (baseUrl == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(baseUrl.strip().replaceAll("/+$", ""));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null) {
        return Optional.empty();
      }
      if (scheme.equals("https")
          || (scheme.equals("http") && allowLoopbackHttp && isLoopback(uri))) {
        return Optional.of(uri);
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isLoopback(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.equals("[::1]")
        || IPV4_LOOPBACK.matcher(host).matches();
  }

  private DeliveryOutcome refusedAddress() {
    return DeliveryOutcome.rejected(
        allowLoopbackHttp
            ? "Only https:// base URLs (or http:// to this machine) are allowed."
            : "Only https:// base URLs are allowed: health information never travels unencrypted.");
  }
}
