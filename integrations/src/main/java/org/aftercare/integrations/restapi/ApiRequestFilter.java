package org.aftercare.integrations.restapi;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.Caller;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.audit.ClientAddresses;
import org.aftercare.audit.RequestOrigin;
import org.aftercare.integrations.fhirapi.ApiAddresses;
import org.aftercare.integrations.fhirapi.ApiTokens;

/**
 * The REST API's door: the bearer token decides the clinic and the caller (a session cookie sent
 * along counts for nothing), a suspended clinic's systems are refused, each client is held to its
 * rate, bodies are bounded, and every request is written to the clinic's audit trail with the API
 * client as the actor.
 */
@WebFilter(urlPatterns = ClinicApi.PATH + "/*")
public class ApiRequestFilter extends HttpFilter {

  /** Large enough for a discharge or a full roster; a bigger body is refused before parsing. */
  static final int MAX_BODY = 256 * 1024;

  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject Caller caller;
  @Inject ApiTokens tokens;
  @Inject ApiAddresses addresses;
  @Inject RateLimits rateLimits;
  @Inject AuditService audit;
  @Inject RequestOrigin requestOrigin;
  @Inject ClientAddresses clientAddresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BODY) {
      Problems.write(response, 413, "Body too large", "Send at most 256 KB per request.");
      return;
    }
    Optional<ApiCaller> system = tokens.holder(request);
    if (system.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"aftercare\"");
      Problems.write(
          response,
          401,
          "A valid bearer token is needed",
          "Get one from " + addresses.tokenUrl(request) + " (OAuth2 client credentials).");
      return;
    }
    if (!tokens.clinicIsActive(system.get())) {
      Problems.write(response, 403, "The clinic is suspended", null);
      return;
    }
    Optional<Duration> wait = rateLimits.take(system.get().apiClientId(), System.nanoTime());
    if (wait.isPresent()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds() + 1)));
      Problems.write(response, 429, "Too many requests", "Slow down and retry after the pause.");
      return;
    }
    requestOrigin.set(
        "API client " + system.get().name(),
        clientAddresses.sourceOf(request),
        UUID.randomUUID().toString());
    try {
      tokens.serveAs(system.get(), () -> chain.doFilter(request, response));
    } finally {
      record(system.get(), request, response.getStatus(), response.getHeader("Location"));
      requestOrigin.end();
    }
  }

  /**
   * One trail entry per request: the operation with ids folded ({@code PUT /clients/{id}}) and the
   * first id the path names as the object.
   */
  private void record(ApiCaller system, HttpServletRequest request, int status, String location) {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("");
    // The created record when there is one (its Location), else the first record the path names.
    Matcher id = ID.matcher(Optional.ofNullable(location).orElse(path));
    UUID objectId = id.find() ? UUID.fromString(id.group()) : null;
    String operation = request.getMethod() + " " + ID.matcher(path).replaceAll("{id}");
    AuditOutcome outcome =
        status < 400
            ? AuditOutcome.SUCCESS
            : status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILED;
    caller.callAsPortal(
        system.tenantId(),
        () -> {
          audit.record(
              "API client " + system.name(),
              AuditAction.API_REQUEST,
              operation.length() > 64 ? operation.substring(0, 64) : operation,
              objectId,
              outcome);
          return null;
        });
  }
}
