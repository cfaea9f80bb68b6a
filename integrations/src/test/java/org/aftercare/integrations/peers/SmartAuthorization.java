package org.aftercare.integrations.peers;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * An EHR's side of SMART Backend Services: a token endpoint that checks each client assertion
 * against the JWK Set the client registered (signature, iss and sub the client id, aud this token
 * URL, exp in the future and at most five minutes ahead, a jti never seen before) and issues bearer
 * tokens lasting five minutes; and, when told, a FHIR server that answers only requests bearing one
 * of its tokens still in force.
 */
final class SmartAuthorization {

  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
  private static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);

  /** The client refused: RFC 6749's error code, the status it goes with, and why. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;

    Refusal(int status, String error, String description) {
      super(description, null, false, false);
      this.status = status;
      this.error = error;
    }
  }

  private final FhirContext context;
  private final Clock clock;
  private final Supplier<String> tokenUrl;
  private final Map<String, JWKSet> clients = new ConcurrentHashMap<>();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  private final Set<String> seenAssertionIds = new HashSet<>();
  private final List<String> assertionIds = new ArrayList<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile String lastAssertion;
  private volatile boolean isTokenRequired;

  SmartAuthorization(FhirContext context, Clock clock, Supplier<String> tokenUrl) {
    this.context = context;
    this.clock = clock;
    this.tokenUrl = tokenUrl;
  }

  void register(String clientId, String publicJwks) {
    try {
      clients.put(clientId, JWKSet.parse(publicJwks));
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JWK Set: " + e.getMessage(), e);
    }
  }

  void requireTokens(boolean required) {
    isTokenRequired = required;
  }

  int tokenRequests() {
    return tokenRequests.get();
  }

  /** The jti of every assertion that came with a token request, refused or not, in order. */
  synchronized List<String> assertionIds() {
    return List.copyOf(assertionIds);
  }

  String lastAssertion() {
    return lastAssertion;
  }

  synchronized void clear() {
    issued.clear();
    tokenRequests.set(0);
    seenAssertionIds.clear();
    assertionIds.clear();
    lastAssertion = null;
  }

  HttpServlet tokenEndpoint() {
    return new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doPost(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        tokenRequests.incrementAndGet();
        try {
          String scope = authorize(request);
          String token = UUID.randomUUID().toString();
          issued.put(token, clock.instant().plus(TOKEN_LIFETIME));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("access_token", token);
          body.put("token_type", "bearer");
          body.put("expires_in", TOKEN_LIFETIME.toSeconds());
          body.put("scope", scope);
          json(response, 200, body);
        } catch (Refusal refusal) {
          json(
              response,
              refusal.status,
              Map.<String, Object>of(
                  "error", refusal.error, "error_description", refusal.getMessage()));
        }
      }
    };
  }

  Filter bearerTokens() {
    return new Filter() {
      @Override
      public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        if (!isTokenRequired
            || isInForce(((HttpServletRequest) request).getHeader("Authorization"))) {
          chain.doFilter(request, response);
          return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(401);
        http.setHeader("WWW-Authenticate", "Bearer");
        http.setContentType("application/fhir+json;charset=UTF-8");
        OperationOutcome outcome = new OperationOutcome();
        outcome
            .addIssue()
            .setSeverity(IssueSeverity.ERROR)
            .setCode(IssueType.LOGIN)
            .setDiagnostics("A bearer token from this server's token endpoint is required.");
        http.getWriter().write(context.newJsonParser().encodeResourceToString(outcome));
      }
    };
  }

  private boolean isInForce(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expires = issued.get(authorization.substring("Bearer ".length()));
    return expires != null && expires.isAfter(clock.instant());
  }

  /** The scope granted, or why not. */
  private String authorize(HttpServletRequest request) throws Refusal {
    if (!"client_credentials".equals(request.getParameter("grant_type"))) {
      throw new Refusal(400, "unsupported_grant_type", "Only client_credentials.");
    }
    String scope = request.getParameter("scope");
    if (scope == null || scope.isBlank()) {
      throw new Refusal(400, "invalid_scope", "No scope asked for.");
    }
    if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        .equals(request.getParameter("client_assertion_type"))) {
      throw new Refusal(400, "invalid_request", "client_assertion_type must be jwt-bearer.");
    }
    SignedJWT assertion = parse(request.getParameter("client_assertion"));
    JWTClaimsSet claims;
    try {
      claims = assertion.getJWTClaimsSet();
    } catch (ParseException e) {
      throw invalidClient("The assertion's claims are no JSON object.");
    }
    noteAssertionId(claims.getJWTID());
    JWKSet keys = claims.getIssuer() == null ? null : clients.get(claims.getIssuer());
    if (keys == null) {
      throw invalidClient("Unknown client " + claims.getIssuer() + ".");
    }
    if (!claims.getIssuer().equals(claims.getSubject())) {
      throw invalidClient("iss and sub must both be the client id.");
    }
    verifySignature(assertion, keys);
    if (!claims.getAudience().equals(List.of(tokenUrl.get()))) {
      throw invalidClient("aud must be this token URL, " + tokenUrl.get() + ".");
    }
    Instant now = clock.instant();
    if (claims.getExpirationTime() == null
        || !claims.getExpirationTime().toInstant().isAfter(now)) {
      throw invalidClient("The assertion has expired.");
    }
    if (claims.getExpirationTime().toInstant().isAfter(now.plus(MAX_ASSERTION_LIFETIME))) {
      throw invalidClient("exp is more than five minutes ahead.");
    }
    if (!firstUseOf(claims.getJWTID())) {
      throw invalidClient("This jti has been used before.");
    }
    return scope;
  }

  private SignedJWT parse(String assertion) throws Refusal {
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(assertion == null ? "" : assertion);
    } catch (ParseException e) {
      throw invalidClient("client_assertion is not a signed JWT.");
    }
    lastAssertion = assertion;
    if (!JOSEObjectType.JWT.equals(jwt.getHeader().getType())) {
      throw invalidClient("The assertion's typ must be JWT.");
    }
    if (jwt.getHeader().getKeyID() == null) {
      throw invalidClient("The assertion names no kid.");
    }
    return jwt;
  }

  private static void verifySignature(SignedJWT assertion, JWKSet keys) throws Refusal {
    JWK key = keys.getKeyByKeyId(assertion.getHeader().getKeyID());
    if (key == null) {
      throw invalidClient("No registered key has kid " + assertion.getHeader().getKeyID() + ".");
    }
    try {
      JWSVerifier verifier =
          key instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) key);
      if (!assertion.verify(verifier)) {
        throw invalidClient("The signature does not verify with the registered key.");
      }
    } catch (JOSEException e) {
      throw invalidClient("The signature cannot be checked: " + e.getMessage());
    }
  }

  private synchronized void noteAssertionId(String jti) {
    assertionIds.add(jti);
  }

  private synchronized boolean firstUseOf(String jti) {
    return jti != null && seenAssertionIds.add(jti);
  }

  private static Refusal invalidClient(String description) {
    return new Refusal(401, "invalid_client", description);
  }

  private static void json(HttpServletResponse response, int status, Map<String, Object> body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JSONObjectUtils.toJSONString(body));
  }
}
