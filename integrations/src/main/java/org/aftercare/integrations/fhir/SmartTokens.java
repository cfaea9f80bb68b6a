package org.aftercare.integrations.fhir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aftercare.integrations.delivery.OutcomeDetail;

/**
 * Access tokens from care teams' EHRs by SMART Backend Services: OAuth 2.0 client credentials, the
 * client authenticated by a JWT assertion signed with its private key ({@code private_key_jwt},
 * ES384 for EC P-384 keys, RS384 for RSA). A token is reused while it has more than a minute left,
 * per token URL, client id and scope; then the next request fetches a new one.
 *
 * <p>Token URLs follow the rules of {@link FhirSender}: https only (plain http to loopback when
 * allowed), redirects never followed. One instance serves every endpoint; it holds an HTTP client,
 * so close it.
 *
 * @see <a href="https://hl7.org/fhir/smart-app-launch/backend-services.html">SMART Backend
 *     Services</a>
 */
public final class SmartTokens implements AutoCloseable {

  public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final Duration RENEW_WITHIN = Duration.ofSeconds(60);
  // SMART allows at most five minutes; less leaves room for a token endpoint whose clock is ahead.
  private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(4);
  private static final int MAX_ERROR_TEXT = 120;

  /** One registered client as the cache knows it; {@code key} a digest of its private key. */
  private record Client(String tokenUrl, String clientId, String scope, String key) {}

  /** The latest token of one client; the lock keeps two deliveries from fetching at once. */
  private static final class CachedToken {
    final ReentrantLock lock = new ReentrantLock();
    String value;
    Instant expiresAt = Instant.EPOCH;
  }

  private record AccessToken(String value, Instant expiresAt) {}

  private final OutboundHttp http;
  private final Clock clock;
  private final ConcurrentMap<Client, CachedToken> tokens = new ConcurrentHashMap<>();

  /**
   * @param connectTimeout how long to wait for the connection (and TLS handshake)
   * @param requestTimeout how long to wait for the response once connected
   * @param allowLoopbackHttp whether plain http to localhost or 127.x.x.x is allowed (never in
   *     production)
   */
  public SmartTokens(Duration connectTimeout, Duration requestTimeout, boolean allowLoopbackHttp) {
    this(connectTimeout, requestTimeout, allowLoopbackHttp, Clock.systemUTC());
  }

  /** As above, with the clock that says when a token is due for renewal and an assertion ends. */
  public SmartTokens(
      Duration connectTimeout, Duration requestTimeout, boolean allowLoopbackHttp, Clock clock) {
    this.http = new OutboundHttp(connectTimeout, requestTimeout, allowLoopbackHttp);
    this.clock = clock;
  }

  /**
   * The access tokens of one registered client, for {@link FhirEndpoint#withBearerToken}. Nothing
   * is checked or fetched until the supplier is asked; it then throws {@link SmartTokenException}
   * when no token can be had.
   *
   * @param tokenUrl the EHR's token endpoint (also the assertion's audience)
   * @param clientId the client id the EHR gave us when the public key was registered
   * @param privateJwk our private key as made by {@link SmartClientKeys#generate()}, with its kid
   * @param scope e.g. {@code system/Observation.write system/MeasureReport.write}
   */
  public Supplier<String> tokenSupplier(
      String tokenUrl, String clientId, String privateJwk, String scope) {
    // The key is part of the cache key: a client id is no secret, and another clinic's connection
    // naming the same token URL and client id must not be handed this clinic's token.
    Client client = new Client(tokenUrl, clientId, scope, fingerprint(privateJwk));
    return () -> current(client, privateJwk);
  }

  @Override
  public void close() {
    http.close();
  }

  private static String fingerprint(String privateJwk) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(privateJwk).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String current(Client client, String privateJwk) {
    CachedToken cached = tokens.computeIfAbsent(client, c -> new CachedToken());
    cached.lock.lock();
    try {
      Instant now = clock.instant();
      if (!cached.expiresAt.minus(RENEW_WITHIN).isAfter(now)) {
        AccessToken fresh = fetch(client, privateJwk, now);
        cached.value = fresh.value();
        cached.expiresAt = fresh.expiresAt();
      }
      return cached.value;
    } finally {
      cached.lock.unlock();
    }
  }

  private AccessToken fetch(Client client, String privateJwk, Instant now) {
    URI tokenUrl =
        http.allowed(client.tokenUrl())
            .orElseThrow(
                () ->
                    new SmartTokenException(
                        http.allowsLoopbackHttp()
                            ? "Only https:// token URLs (or http:// to this machine) are allowed."
                            : "Only https:// token URLs are allowed."));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", client.scope());
    form.put("client_assertion_type", JWT_BEARER);
    form.put("client_assertion", assertion(tokenUrl, client.clientId(), privateJwk, now));
    HttpRequest request =
        http.request(tokenUrl)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
            .build();
    OutboundHttp.Answer answer = exchange(request);
    if (!answer.isSuccess()) {
      throw refused(answer);
    }
    return accessToken(answer, now);
  }

  /** The signed client assertion: iss and sub our client id, aud the token URL, a new jti. */
  private String assertion(URI tokenUrl, String clientId, String privateJwk, Instant now) {
    JWK key;
    try {
      key = SmartClientKeys.parse(privateJwk);
    } catch (IllegalArgumentException e) {
      throw new SmartTokenException(e.getMessage());
    }
    if (key.getKeyID() == null) {
      throw new SmartTokenException("The SMART client key has no kid for the EHR to find it by.");
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(algorithm(key))
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenUrl.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    try {
      jwt.sign(signer(key));
    } catch (JOSEException e) {
      throw new SmartTokenException("The client assertion could not be signed.", e);
    }
    return jwt.serialize();
  }

  private static JWSAlgorithm algorithm(JWK key) {
    if (key instanceof ECKey ec && Curve.P_384.equals(ec.getCurve())) {
      return JWSAlgorithm.ES384;
    }
    if (key instanceof RSAKey) {
      return JWSAlgorithm.RS384;
    }
    throw new SmartTokenException(
        "The SMART client key is neither EC P-384 nor RSA: SMART signs with ES384 or RS384.");
  }

  private static JWSSigner signer(JWK key) throws JOSEException {
    return key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
  }

  private OutboundHttp.Answer exchange(HttpRequest request) {
    try {
      return http.exchange(request);
    } catch (TimeoutException e) {
      throw notAnswered();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmartTokenException("Interrupted before the token endpoint answered.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw notAnswered();
      }
      if (cause instanceof ConnectException) {
        throw new SmartTokenException("Could not connect to the token endpoint.", cause);
      }
      throw new SmartTokenException(
          OutcomeDetail.of(
              "Token endpoint unreachable: "
                  + cause.getClass().getSimpleName()
                  + " "
                  + cause.getMessage()),
          cause);
    }
  }

  private SmartTokenException notAnswered() {
    return new SmartTokenException(
        "The token endpoint did not answer within " + http.deadline().toMillis() + " ms.");
  }

  /** The status and, when the body is an OAuth error response, its error and description. */
  private static SmartTokenException refused(OutboundHttp.Answer answer) {
    String message = "The token endpoint answered HTTP " + answer.status();
    try {
      Map<String, Object> json = JSONObjectUtils.parse(answer.body());
      String error = JSONObjectUtils.getString(json, "error");
      String description = JSONObjectUtils.getString(json, "error_description");
      if (error != null) {
        message += ": " + shortened(error);
        if (description != null) {
          message += " (" + shortened(description) + ")";
        }
      }
    } catch (ParseException e) {
      // Not an OAuth error response (an HTML error page, say): the status alone says enough.
    }
    return new SmartTokenException(OutcomeDetail.of(message + "."));
  }

  private static AccessToken accessToken(OutboundHttp.Answer answer, Instant requested) {
    String token;
    String type;
    long expiresIn;
    try {
      Map<String, Object> json = JSONObjectUtils.parse(answer.body());
      token = JSONObjectUtils.getString(json, "access_token");
      type = JSONObjectUtils.getString(json, "token_type");
      // Without expires_in the token serves this request only.
      expiresIn = json.containsKey("expires_in") ? JSONObjectUtils.getLong(json, "expires_in") : 0;
    } catch (ParseException e) {
      throw unreadable(answer.status());
    }
    if (token == null || token.isBlank()) {
      throw unreadable(answer.status());
    }
    if (!"bearer".equalsIgnoreCase(type)) {
      throw new SmartTokenException(
          OutcomeDetail.of(
              "The token endpoint gave a token of type "
                  + (type == null ? "(none)" : shortened(type))
                  + ", not bearer."));
    }
    // Counted from when we asked, not when the answer came: the token expires no later than we
    // think.
    return new AccessToken(token, requested.plusSeconds(expiresIn));
  }

  private static SmartTokenException unreadable(int status) {
    return new SmartTokenException(
        "The token endpoint answered HTTP " + status + " without a readable access token.");
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_ERROR_TEXT
        ? oneLine
        : oneLine.substring(0, MAX_ERROR_TEXT - 1) + "…";
  }

  private static String formEncoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
