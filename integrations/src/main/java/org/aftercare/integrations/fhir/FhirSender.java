package org.aftercare.integrations.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.aftercare.integrations.delivery.OutcomeDetail;
import org.aftercare.outbound.DeliveryOutcome;
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
 * another host. One sender serves every endpoint; it holds an HTTP client, so close it.
 */
public final class FhirSender implements AutoCloseable {

  public static final String FHIR_JSON = "application/fhir+json";

  private final OutboundHttp http;

  /**
   * @param connectTimeout how long to wait for the connection (and TLS handshake)
   * @param requestTimeout how long to wait for the response once connected
   * @param allowLoopbackHttp whether plain http to localhost or 127.x.x.x is allowed (never in
   *     production)
   */
  public FhirSender(Duration connectTimeout, Duration requestTimeout, boolean allowLoopbackHttp) {
    this.http = new OutboundHttp(connectTimeout, requestTimeout, allowLoopbackHttp);
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
    HttpRequest.Builder request = http.request(uri).header("Accept", FHIR_JSON);
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
    OutboundHttp.Answer answer;
    try {
      answer = http.exchange(request);
    } catch (TimeoutException e) {
      return timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retry("Interrupted before the server answered.");
    } catch (ExecutionException e) {
      return networkFailure(e.getCause());
    }
    if (answer.isSuccess()) {
      return onSuccess.read(answer.status(), answer.body());
    }
    return failed(answer.status(), answer.body());
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
        return OutcomeDetail.withoutIdentifiers(issue.getDiagnostics());
      }
      if (issue.getDetails().hasText()) {
        return OutcomeDetail.withoutIdentifiers(issue.getDetails().getText());
      }
    }
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized (check the credentials)";
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
        "No answer within " + http.deadline().toMillis() + " ms; the server may be slow or down.");
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

  /** The base URL without trailing slashes when it may be used (see {@link OutboundHttp}). */
  private Optional<URI> allowedBase(String baseUrl) {
    return baseUrl == null ? Optional.empty() : http.allowed(baseUrl.strip().replaceAll("/+$", ""));
  }

  private DeliveryOutcome refusedAddress() {
    return DeliveryOutcome.rejected(
        http.allowsLoopbackHttp()
            ? "Only https:// base URLs (or http:// to this machine) are allowed."
            : "Only https:// base URLs are allowed: health information never travels unencrypted.");
  }
}
