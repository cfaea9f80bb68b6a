package org.aftercare.integrations.peers;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * In front of the FHIR receiver: answers the next requests, or all until reset, the way a failing
 * server does (an error status with an OperationOutcome, a redirect, a stall), and notes what each
 * request carried.
 */
final class HttpFaults implements Filter {

  private sealed interface Fault {}

  private record Status(int status, String diagnostics) implements Fault {}

  private record Redirect(int status, String location) implements Fault {}

  private record Stall(Duration duration) implements Fault {}

  /** A fault for the next {@code remaining} requests; a negative count lasts until reset. */
  private record Plan(Fault fault, int remaining) {}

  private static final Plan NONE = new Plan(null, 0);

  private final FhirContext context;
  private final AtomicInteger requests = new AtomicInteger();
  private Plan plan = NONE;
  private CountDownLatch stallsReleased = new CountDownLatch(1);
  private volatile String lastAuthorization;

  HttpFaults(FhirContext context) {
    this.context = context;
  }

  synchronized void answer(int times, int status, String diagnostics) {
    plan = new Plan(new Status(status, diagnostics), times);
  }

  synchronized void redirect(int times, int status, String location) {
    plan = new Plan(new Redirect(status, location), times);
  }

  synchronized void stall(int times, Duration duration) {
    plan = new Plan(new Stall(duration), times);
  }

  /** Back to answering normally; stalled requests go on at once. */
  synchronized void reset() {
    plan = NONE;
    stallsReleased.countDown();
    stallsReleased = new CountDownLatch(1);
  }

  /** Forgets the requests seen so far. */
  void clear() {
    requests.set(0);
    lastAuthorization = null;
  }

  int requests() {
    return requests.get();
  }

  String lastAuthorization() {
    return lastAuthorization;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    requests.incrementAndGet();
    lastAuthorization = ((HttpServletRequest) request).getHeader("Authorization");
    HttpServletResponse http = (HttpServletResponse) response;
    CountDownLatch released;
    Fault fault;
    synchronized (this) {
      fault = take();
      released = stallsReleased;
    }
    if (fault instanceof Status || fault instanceof Redirect) {
      // Read the request as a server that parses it would; left unread, the server may close the
      // connection just after answering, and the client's next request on it would fail.
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    }
    switch (fault) {
      case null -> chain.doFilter(request, response);
      case Status s -> operationOutcome(http, s);
      case Redirect r -> {
        http.setStatus(r.status());
        http.setHeader("Location", r.location());
      }
      case Stall s -> {
        awaitQuietly(released, s.duration());
        chain.doFilter(request, response);
      }
    }
  }

  private Fault take() {
    if (plan.remaining() == 0) {
      return null;
    }
    Fault fault = plan.fault();
    if (plan.remaining() > 0) {
      plan = plan.remaining() == 1 ? NONE : new Plan(fault, plan.remaining() - 1);
    }
    return fault;
  }

  private void operationOutcome(HttpServletResponse http, Status status) throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(status.status() >= 500 ? IssueType.TRANSIENT : IssueType.PROCESSING)
        .setDiagnostics(status.diagnostics());
    http.setStatus(status.status());
    http.setContentType("application/fhir+json;charset=UTF-8");
    http.getWriter().write(context.newJsonParser().encodeResourceToString(outcome));
  }

  private static void awaitQuietly(CountDownLatch latch, Duration duration) {
    try {
      latch.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
