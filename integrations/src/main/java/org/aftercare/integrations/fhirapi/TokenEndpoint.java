package org.aftercare.integrations.fhirapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.apiclients.ApiAccess;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.apiclients.ApiClientDirectory;
import org.aftercare.apiclients.IssuedToken;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * The token endpoint of SMART Backend Services: {@code client_credentials} with a signed client
 * assertion in, a five-minute bearer token out, carrying the scopes asked for that the clinic
 * allowed the client. Errors follow OAuth2 (RFC 6749 §5.2), as EHRs' libraries expect them.
 */
@ApplicationScoped
public class TokenEndpoint {

  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final int MAX_ASSERTION = 16 * 1024;

  @Inject Clock clock;
  @Inject ApiClientDirectory directory;
  @Inject ApiAccess access;
  @Inject Caller caller;
  @Inject TenantService clinics;
  @Inject ClientKeySets keySets;
  @Inject ApiAddresses addresses;

  void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      error(response, 405, "invalid_request", "POST a form to the token endpoint.");
      return;
    }
    if (request.getContentLengthLong() > MAX_ASSERTION + 4096) {
      error(response, 400, "invalid_request", "The request is too large.");
      return;
    }
    String grant = request.getParameter("grant_type");
    String assertionType = request.getParameter("client_assertion_type");
    String assertion = request.getParameter("client_assertion");
    String scope = request.getParameter("scope");
    if (!"client_credentials".equals(grant)) {
      error(response, 400, "unsupported_grant_type", "Only client_credentials is supported.");
      return;
    }
    if (!JWT_BEARER.equals(assertionType)
        || assertion == null
        || assertion.length() > MAX_ASSERTION) {
      error(response, 400, "invalid_request", "Send a JWT client assertion (private_key_jwt).");
      return;
    }
    if (scope == null || scope.isBlank()) {
      error(response, 400, "invalid_scope", "Ask for one or more system scopes.");
      return;
    }
    Instant now = clock.instant();
    Optional<UUID> clientId = ClientAssertions.claimedClient(assertion);
    Optional<UUID> clinic = clientId.flatMap(directory::clinicOfClient);
    if (clinic.isEmpty()) {
      error(response, 401, "invalid_client", "Unknown client.");
      return;
    }
    if (!clinics.find(clinic.get()).map(Tenant::isActive).orElse(false)) {
      error(response, 401, "invalid_client", "The clinic is suspended.");
      return;
    }
    Outcome outcome =
        caller.callAsPortal(
            clinic.get(), () -> issue(clientId.get(), assertion, scope, request, now));
    if (outcome.token() == null) {
      error(response, outcome.status(), outcome.error(), outcome.description());
      return;
    }
    IssuedToken token = outcome.token();
    String body =
        Json.createObjectBuilder()
            .add("access_token", token.value())
            .add("token_type", "bearer")
            .add("expires_in", ApiAccess.TOKEN_LIFETIME.toSeconds())
            .add("scope", String.join(" ", token.scopes()))
            .build()
            .toString();
    response.setHeader("Pragma", "no-cache");
    ApiOutcomes.writeJson(response, 200, "application/json", body);
  }

  private record Outcome(IssuedToken token, int status, String error, String description) {
    static Outcome refused(int status, String error, String description) {
      return new Outcome(null, status, error, description);
    }
  }

  private Outcome issue(
      UUID clientId, String assertion, String scope, HttpServletRequest request, Instant now) {
    Optional<ApiClient> client = access.usableClient(clientId);
    if (client.isEmpty()) {
      return Outcome.refused(401, "invalid_client", "The client is disabled.");
    }
    ClientAssertions.Checked checked;
    try {
      checked =
          ClientAssertions.check(
              assertion,
              clientId,
              keySets.keysOf(client.get(), now),
              addresses.tokenAudiences(request),
              now);
    } catch (ClientAssertions.AssertionException | ClientKeySets.KeySetException refused) {
      return Outcome.refused(401, "invalid_client", refused.getMessage());
    }
    if (!access.useAssertionOnce(clientId, checked.jti(), checked.expiresAt(), now)) {
      return Outcome.refused(401, "invalid_client", "This client assertion (jti) was used before.");
    }
    Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
    Set<String> granted = new LinkedHashSet<>(asked);
    granted.retainAll(client.get().scopes());
    if (granted.isEmpty()) {
      return Outcome.refused(
          400,
          "invalid_scope",
          "None of the scopes asked for is allowed: " + client.get().scopes());
    }
    return new Outcome(access.issue(clientId, granted, now), 200, null, null);
  }

  private static void error(
      HttpServletResponse response, int status, String error, String description)
      throws IOException {
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"aftercare\"");
    }
    String body =
        Json.createObjectBuilder()
            .add("error", error)
            .add("error_description", description)
            .build()
            .toString();
    ApiOutcomes.writeJson(response, status, "application/json", body);
  }
}
