package org.aftercare.integrations.peers;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A care team's FHIR R4 server on loopback: a HAPI plain server in Jetty that takes transaction
 * bundles at {@link #baseUrl()}, keeps what it stores in memory, honours conditional creates, and
 * serves {@code /metadata}. It can be told to fail: an error status (with an OperationOutcome), a
 * redirect, or a stall, for the next requests or until {@link #reset()}.
 *
 * <p>Like an EHR, it can authorize clients by SMART Backend Services: a token endpoint at {@link
 * #tokenUrl()} for the clients {@linkplain #registerSmartClient registered} with their public JWK
 * Sets, and, when {@linkplain #requireBearerTokens told}, FHIR requests answered 401 unless they
 * bear one of its tokens still in force.
 *
 * <p>It can be stopped and started again on the same port; what it stored stays until {@link
 * #clear()}.
 */
public final class FhirReceiver implements AutoCloseable {

  private final FhirContext context = FhirContext.forR4Cached();
  private final FhirTransactions transactions = new FhirTransactions(context);
  private final HttpFaults faults = new HttpFaults(context);
  private final SmartAuthorization authorization;
  private Server server;
  private int port;

  public FhirReceiver() {
    this(Clock.systemUTC());
  }

  /** A receiver whose token endpoint tells the time by this clock (assertions and tokens). */
  public FhirReceiver(Clock clock) {
    authorization = new SmartAuthorization(context, clock, this::tokenUrl);
  }

  /** Starts on a free loopback port the first time, on the same port after a stop. */
  public synchronized FhirReceiver start() {
    if (server != null) {
      return this;
    }
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    jetty.addConnector(connector);
    RestfulServer fhir = new RestfulServer(context);
    fhir.registerProvider(transactions);
    ServletContextHandler handler = new ServletContextHandler();
    handler.setContextPath("/");
    handler.addServlet(new ServletHolder(fhir), "/fhir/*");
    handler.addServlet(new ServletHolder(authorization.tokenEndpoint()), "/token");
    handler.addFilter(new FilterHolder(faults), "/*", EnumSet.of(DispatcherType.REQUEST));
    handler.addFilter(
        new FilterHolder(authorization.bearerTokens()),
        "/fhir/*",
        EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(handler);
    jetty.setStopTimeout(500);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException("The FHIR receiver did not start", e);
    }
    server = jetty;
    port = connector.getLocalPort();
    return this;
  }

  public synchronized void stop() {
    if (server == null) {
      return;
    }
    faults.reset();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The FHIR receiver did not stop", e);
    } finally {
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** E.g. {@code http://127.0.0.1:41234/fhir}; valid once started. */
  public synchronized String baseUrl() {
    return "http://127.0.0.1:" + port + "/fhir";
  }

  /** The SMART token endpoint, e.g. {@code http://127.0.0.1:41234/token}; valid once started. */
  public synchronized String tokenUrl() {
    return "http://127.0.0.1:" + port + "/token";
  }

  /** Lets the token endpoint issue tokens to this client, which signs with one of these keys. */
  public FhirReceiver registerSmartClient(String clientId, String publicJwks) {
    authorization.register(clientId, publicJwks);
    return this;
  }

  /** Whether FHIR requests must bear a token this receiver issued and that is still in force. */
  public FhirReceiver requireBearerTokens(boolean required) {
    authorization.requireTokens(required);
    return this;
  }

  /** Answers the next {@code times} requests with this status and an OperationOutcome. */
  public FhirReceiver answerNext(int times, int status, String diagnostics) {
    faults.answer(times, status, diagnostics);
    return this;
  }

  /** Answers every request with this status and an OperationOutcome until {@link #reset()}. */
  public FhirReceiver answerUntilReset(int status, String diagnostics) {
    faults.answer(-1, status, diagnostics);
    return this;
  }

  /** Redirects the next {@code times} requests (302) to {@code location}. */
  public FhirReceiver redirectNext(int times, String location) {
    faults.redirect(times, 302, location);
    return this;
  }

  /**
   * Holds the next {@code times} requests for {@code duration} (or until reset) before handling
   * them as usual: a slow server that still stores what the client gave up waiting for.
   */
  public FhirReceiver stallNext(int times, Duration duration) {
    faults.stall(times, duration);
    return this;
  }

  /** Answers normally again. */
  public FhirReceiver reset() {
    faults.reset();
    return this;
  }

  /**
   * Forgets what was received and stored, the count of requests, the tokens issued and the
   * assertions seen.
   */
  public FhirReceiver clear() {
    transactions.clear();
    faults.clear();
    authorization.clear();
    return this;
  }

  /** Every HTTP request that arrived, failed on purpose or not, token requests included. */
  public int requestCount() {
    return faults.requests();
  }

  /** The transaction bundles handled, repeats included, in order. */
  public List<Bundle> receivedBundles() {
    return transactions.received();
  }

  /** What is stored, with the ids given and references resolved. */
  public List<Resource> storedResources() {
    return transactions.stored();
  }

  public <T extends Resource> List<T> stored(Class<T> type) {
    return storedResources().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The requests that reached the token endpoint, answered or refused. */
  public int tokenRequests() {
    return authorization.tokenRequests();
  }

  /** The jti of each client assertion the token endpoint read, in order, repeats included. */
  public List<String> assertionIds() {
    return authorization.assertionIds();
  }

  /** The latest client assertion (a signed JWT) the token endpoint was given, or null. */
  public String lastClientAssertion() {
    return authorization.lastAssertion();
  }

  /** The Authorization header of the latest request, or null. */
  public String lastAuthorization() {
    return faults.lastAuthorization();
  }
}
