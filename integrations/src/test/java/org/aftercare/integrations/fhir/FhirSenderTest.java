package org.aftercare.integrations.fhir;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aftercare.integrations.peers.FhirReceiver;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.DeliveryOutcome.Result;
import org.aftercare.sharing.SummaryMessage;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivering to a real FHIR server on loopback: what is stored, what a repeat does, and how each
 * kind of failure is classified (retry later, or refused for good). Redirects are never followed;
 * plain http only to loopback when allowed.
 */
class FhirSenderTest {

  private static final Duration CONNECT = Duration.ofMillis(500);
  private static final Duration RESPONSE = Duration.ofMillis(400);

  private static FhirReceiver receiver;
  private static FhirSender sender;

  @BeforeAll
  static void start() {
    receiver = new FhirReceiver().start();
    sender = new FhirSender(CONNECT, Duration.ofSeconds(5), true);
  }

  @AfterAll
  static void stop() {
    sender.close();
    receiver.stop();
  }

  @BeforeEach
  void cleanReceiver() {
    receiver.reset().clear();
  }

  @Test
  void aSummaryIsDeliveredAndStoredWithItsReferencesResolved() {
    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
    assertThat(outcome.detail()).isEqualTo("HTTP 200: 10 created, 0 already there.");
    assertThat(receiver.receivedBundles()).hasSize(1);
    assertThat(receiver.stored(MeasureReport.class)).hasSize(1);
    assertThat(receiver.stored(Observation.class)).hasSize(8);
    Provenance provenance = receiver.stored(Provenance.class).get(0);
    assertThat(provenance.getTarget())
        .extracting(Reference::getReference)
        .allSatisfy(reference -> assertThat(reference).matches("(MeasureReport|Observation)/\\d+"));
  }

  @Test
  void theSameMessageTwiceIsStoredOnce() {
    SummaryMessage message = aSummary().build();

    DeliveryOutcome first = sender.deliver(endpoint(), message);
    DeliveryOutcome again = sender.deliver(endpoint(), message);

    assertThat(first.result()).isEqualTo(Result.DELIVERED);
    assertThat(again.result()).isEqualTo(Result.DELIVERED);
    assertThat(again.detail()).isEqualTo("HTTP 200: 0 created, 10 already there.");
    assertThat(receiver.receivedBundles()).hasSize(2);
    assertThat(receiver.storedResources()).hasSize(10);
  }

  @Test
  void anotherMessageForTheSameClientIsStoredBesideTheFirst() {
    sender.deliver(endpoint(), aSummary().build());

    sender.deliver(endpoint(), aSummary().withNewMessageId().build());

    assertThat(receiver.storedResources()).hasSize(20);
  }

  @Test
  void theBundleArrivesAsFhirJsonWithTheConfiguredAuthorization() {
    FhirEndpoint basic =
        FhirEndpoint.withBasicAuthentication(receiver.baseUrl(), "aftercare", "s3cret:ü");

    DeliveryOutcome outcome = sender.deliver(basic, aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
    assertThat(receiver.lastAuthorization()).isEqualTo("Basic YWZ0ZXJjYXJlOnMzY3JldDrDvA==");
    assertThat(basic.toString()).doesNotContain("s3cret");
  }

  @Test
  void aBearerTokenIsAskedForAtEachRequest() {
    int[] issued = {0};
    FhirEndpoint bearer =
        FhirEndpoint.withBearerToken(receiver.baseUrl(), () -> "token-" + ++issued[0]);

    sender.deliver(bearer, aSummary().build());
    sender.deliver(bearer, aSummary().build());

    assertThat(receiver.lastAuthorization()).isEqualTo("Bearer token-2");
  }

  @Test
  void anUnavailableServerIsRetriedLater() {
    receiver.answerNext(1, 503, "Down for maintenance");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).isEqualTo("HTTP 503: Down for maintenance");
    assertThat(receiver.storedResources()).isEmpty();
    assertThat(sender.deliver(endpoint(), aSummary().build()).result()).isEqualTo(Result.DELIVERED);
  }

  @Test
  void tooManyRequestsAndRequestTimeoutAreRetriedLater() {
    receiver.answerNext(1, 429, "Slow down");
    assertThat(sender.deliver(endpoint(), aSummary().build()).result()).isEqualTo(Result.RETRY);

    receiver.answerNext(1, 408, "Took too long");
    assertThat(sender.deliver(endpoint(), aSummary().build()).result()).isEqualTo(Result.RETRY);
  }

  @Test
  void aRefusedBundleIsRejectedWithTheServersDiagnostics() {
    receiver.answerUntilReset(400, "Patient identifier MRN-00417 not known here");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

    assertThat(outcome.result()).as(outcome.detail()).isEqualTo(Result.REJECTED);
    // The record number the receiver echoed stays out of what the clinic admin reads.
    assertThat(outcome.detail()).isEqualTo("HTTP 400: Patient identifier … not known here");
  }

  @Test
  void wrongCredentialsAreRejected() {
    receiver.answerNext(1, 401, "");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail()).startsWith("HTTP 401: Unauthorized");
  }

  @Test
  void longDiagnosticsAreCutShort() {
    receiver.answerNext(1, 422, "x".repeat(5000));

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail()).hasSizeLessThanOrEqualTo(200).startsWith("HTTP 422: xxx");
  }

  @Test
  void aRedirectIsRejectedAndNotFollowed() {
    try (FhirReceiver elsewhere = new FhirReceiver().start()) {
      receiver.redirectNext(1, elsewhere.baseUrl());

      DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build());

      assertThat(outcome.result()).isEqualTo(Result.REJECTED);
      assertThat(outcome.detail()).startsWith("HTTP 302: the server redirects elsewhere");
      assertThat(elsewhere.requestCount()).isZero();
    }
  }

  @Test
  void aServerTooSlowToAnswerIsRetriedAndTheRepeatStoresNothingTwice() {
    SummaryMessage message = aSummary().build();
    receiver.stallNext(1, Duration.ofSeconds(5));
    long started = System.nanoTime();

    DeliveryOutcome outcome;
    try (FhirSender impatient = new FhirSender(CONNECT, RESPONSE, true)) {
      outcome = impatient.deliver(endpoint(), message);
    }

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    receiver.reset();
    assertThat(sender.deliver(endpoint(), message).result()).isEqualTo(Result.DELIVERED);
    assertThat(receiver.storedResources()).hasSize(10);
  }

  @Test
  void nothingListeningIsRetriedLater() throws IOException {
    DeliveryOutcome outcome =
        sender.deliver(
            FhirEndpoint.withoutAuthentication("http://127.0.0.1:" + freePort() + "/fhir"),
            aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).startsWith("Could not connect");
  }

  @Test
  void plainHttpToAnotherHostIsRejectedWithoutConnecting() {
    DeliveryOutcome outcome =
        sender.deliver(
            FhirEndpoint.withoutAuthentication("http://fhir.example.org/r4"), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail()).contains("https://");
  }

  @Test
  void plainHttpEvenToLoopbackIsRejectedUnlessAllowed() {
    try (FhirSender strict = new FhirSender(CONNECT, RESPONSE, false)) {
      DeliveryOutcome outcome = strict.deliver(endpoint(), aSummary().build());

      assertThat(outcome.result()).isEqualTo(Result.REJECTED);
      assertThat(outcome.detail()).startsWith("Only https:// base URLs are allowed");
      assertThat(receiver.requestCount()).isZero();
    }
  }

  @Test
  void aBaseUrlThatIsNotOneIsRejected() {
    assertThat(sender.deliver(FhirEndpoint.withoutAuthentication("not a url"), aSummary().build()))
        .extracting(DeliveryOutcome::result)
        .isEqualTo(Result.REJECTED);
    assertThat(sender.deliver(FhirEndpoint.withoutAuthentication(null), aSummary().build()))
        .extracting(DeliveryOutcome::result)
        .isEqualTo(Result.REJECTED);
  }

  @Test
  void aTrailingSlashOnTheBaseUrlIsFine() {
    DeliveryOutcome outcome =
        sender.deliver(
            FhirEndpoint.withoutAuthentication(receiver.baseUrl() + "/"), aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
  }

  @Test
  void testingTheConnectionReadsTheCapabilityStatementAndSendsNoBundle() {
    DeliveryOutcome outcome = sender.testConnection(endpoint());

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
    assertThat(outcome.detail()).startsWith("FHIR 4.0.1 server");
    assertThat(receiver.receivedBundles()).isEmpty();
    assertThat(receiver.requestCount()).isEqualTo(1);
  }

  @Test
  void testingTheConnectionClassifiesFailuresLikeADelivery() throws IOException {
    receiver.answerNext(1, 503, "Starting up");
    assertThat(sender.testConnection(endpoint()).result()).isEqualTo(Result.RETRY);

    assertThat(
            sender
                .testConnection(
                    FhirEndpoint.withoutAuthentication("http://127.0.0.1:" + freePort() + "/fhir"))
                .result())
        .isEqualTo(Result.RETRY);
    assertThat(
            sender
                .testConnection(FhirEndpoint.withoutAuthentication("http://fhir.example.org/r4"))
                .result())
        .isEqualTo(Result.REJECTED);
  }

  @Test
  void testingAServerThatIsNotFhirIsRejected() {
    // The receiver's root is no FHIR server: Jetty answers 404 there.
    DeliveryOutcome outcome =
        sender.testConnection(
            FhirEndpoint.withoutAuthentication(receiver.baseUrl().replace("/fhir", "/nothing")));

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail()).startsWith("HTTP 404");
  }

  @Test
  void aTokenThatCannotBeHadIsRetriedLater() {
    FhirEndpoint endpoint =
        FhirEndpoint.withBearerToken(
            receiver.baseUrl(),
            () -> {
              throw new IllegalStateException("token endpoint answered 503");
            });

    DeliveryOutcome outcome = sender.deliver(endpoint, aSummary().build());

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).contains("token endpoint answered 503");
    assertThat(sender.testConnection(endpoint).result()).isEqualTo(Result.RETRY);
    assertThat(receiver.requestCount()).isZero();
  }

  @Test
  void testingAServerOfAnotherFhirVersionIsRejected() throws IOException {
    HttpServer r5 =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    r5.createContext(
        "/fhir/metadata",
        exchange -> {
          byte[] body =
              "{\"resourceType\":\"CapabilityStatement\",\"status\":\"active\",\"fhirVersion\":\"5.0.0\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", FhirSender.FHIR_JSON);
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    r5.start();
    try {
      DeliveryOutcome outcome =
          sender.testConnection(
              FhirEndpoint.withoutAuthentication(
                  "http://127.0.0.1:" + r5.getAddress().getPort() + "/fhir"));

      assertThat(outcome.result()).isEqualTo(Result.REJECTED);
      assertThat(outcome.detail()).isEqualTo("The server speaks FHIR 5.0.0; we send R4 (4.0.1).");
    } finally {
      r5.stop(0);
    }
  }

  private static FhirEndpoint endpoint() {
    return FhirEndpoint.withoutAuthentication(receiver.baseUrl());
  }

  /** A loopback port nothing listens on (taken and released at once). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
