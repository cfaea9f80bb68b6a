package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.integrations.fhir.AdherenceBundles;

/**
 * A care team's EHR as the FHIR API meets it: its own EC P-384 key pair, the client assertions it
 * signs, the token endpoint it posts them to, and HAPI's generic client with the bearer token.
 */
public final class Ehr {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final String fhirBase;
  final ECKey key;
  public UUID clientId;

  public Ehr(String fhirBase) {
    this.fhirBase = fhirBase;
    try {
      this.key = new ECKeyGenerator(Curve.P_384).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the clinic admin pastes: the public half only. */
  public String publicJwks() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  String tokenUrl() {
    return fhirBase + "/auth/token";
  }

  /** A well-formed assertion: five minutes at most, addressed to the token URL, a fresh jti. */
  String assertion() {
    return assertion(key, tokenUrl(), Instant.now().plus(Duration.ofMinutes(4)), newJti());
  }

  String assertion(ECKey signingKey, String audience, Instant expires, String jti) {
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId.toString())
            .subject(clientId.toString())
            .audience(audience)
            .expirationTime(Date.from(expires))
            .jwtID(jti)
            .build();
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES384)
                .keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String newJti() {
    return UUID.randomUUID().toString();
  }

  /** Posts a client-credentials request as SMART Backend Services describes it. */
  HttpResponse<String> requestToken(String assertion, String scope) {
    String form =
        "grant_type=client_credentials"
            + "&client_assertion_type="
            + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            + "&client_assertion="
            + encode(assertion)
            + "&scope="
            + encode(scope);
    return post(tokenUrl(), "application/x-www-form-urlencoded", form);
  }

  /** A token for {@code scope}, or a failure naming the endpoint's answer. */
  public String token(String scope) {
    var response = requestToken(assertion(), scope);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Token refused: " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  IGenericClient client(String token) {
    var context = AdherenceBundles.fhirContext();
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    IGenericClient client = context.newRestfulGenericClient(fhirBase);
    client.registerInterceptor(new BearerTokenAuthInterceptor(token));
    return client;
  }

  HttpResponse<String> get(String pathAndQuery, String token) {
    var request = HttpRequest.newBuilder(URI.create(fhirBase + pathAndQuery)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** A Bulk Data kick-off, asking for the asynchronous pattern. */
  public HttpResponse<String> kickOff(String pathAndQuery, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(fhirBase + pathAndQuery))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/fhir+json")
            .header("Prefer", "respond-async")
            .GET()
            .build());
  }

  /** A GET of an address the server handed out (status, files), with the token when given. */
  public HttpResponse<String> getUrl(String url, String token) {
    var request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  HttpResponse<String> delete(String url, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  /** A completed export's manifest: each resource type's file address. */
  Map<String, String> outputOf(String manifest) {
    try (var reader = Json.createReader(new StringReader(manifest))) {
      return reader.readObject().getJsonArray("output").stream()
          .map(JsonValue::asJsonObject)
          .collect(Collectors.toMap(file -> file.getString("type"), file -> file.getString("url")));
    }
  }

  static HttpResponse<String> post(String url, String type, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
