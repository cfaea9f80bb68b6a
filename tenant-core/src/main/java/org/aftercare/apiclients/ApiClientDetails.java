package org.aftercare.apiclients;

import static org.aftercare.shared.Texts.blankToNull;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.Set;
import org.aftercare.access.ApiScope;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.shared.InvalidInputException;

/**
 * An API client as the clinic admin registers it: a name, the organisation it acts for, its public
 * keys — the address of its JWK Set or the set pasted in — and the scopes it may be granted.
 */
public record ApiClientDetails(
    String name, String organisation, String jwksUrl, String jwks, Set<String> scopes) {

  static final int MAX_JWKS = 20_000;
  private static final String JWKS_SHAPE = "{\"keys\": [ … ]}";

  ApiClientDetails normalised() {
    return new ApiClientDetails(
        blankToNull(name),
        blankToNull(organisation),
        blankToNull(jwksUrl),
        blankToNull(jwks),
        scopes == null ? Set.of() : Set.copyOf(scopes));
  }

  void validate(boolean allowLoopbackHttp) {
    if (name == null || name.length() > 120) {
      throw InvalidInputException.worded(
          "name",
          "Enter the EHR's name as staff know it (at most 120 characters).",
          "refusal.apiclients.name");
    }
    if (organisation == null || organisation.length() > 200) {
      throw InvalidInputException.worded(
          "organisation",
          "Enter the organisation it acts for (at most 200 characters).",
          "refusal.apiclients.organisation");
    }
    if ((jwksUrl == null) == (jwks == null)) {
      throw InvalidInputException.worded(
          "jwksUrl",
          "Give the address of its public keys (JWK Set URL) or paste the JWK Set.",
          "refusal.apiclients.keysMissing");
    }
    if (jwksUrl != null) {
      validateJwksUrl(allowLoopbackHttp);
    } else {
      validateJwks();
    }
    if (scopes.isEmpty()) {
      throw InvalidInputException.worded(
          "scopes", "Allow at least one kind of record.", "refusal.apiclients.scopesNone");
    }
    scopes.stream()
        .filter(scope -> ApiScope.of(scope).isEmpty())
        .findFirst()
        .ifPresent(
            unknown -> {
              throw InvalidInputException.worded(
                  "scopes",
                  "Unknown scope: " + unknown + ".",
                  "refusal.apiclients.scopeUnknown",
                  unknown);
            });
  }

  private void validateJwksUrl(boolean allowLoopbackHttp) {
    URI uri =
        OutboundAddresses.allowedUrl(jwksUrl, allowLoopbackHttp)
            .filter(address -> address.getUserInfo() == null && address.getFragment() == null)
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "jwksUrl",
                        "Use the https:// address where the EHR publishes its keys.",
                        "refusal.apiclients.jwksUrlHttps"));
    OutboundAddresses.refuse("jwksUrl", uri.getHost(), allowLoopbackHttp);
  }

  /** A JWK Set of public keys: an object with a non-empty {@code keys} array, no private part. */
  private void validateJwks() {
    String refusal =
        "Paste a JWK Set of public keys: {\"keys\": [ … ]}, each key with its \"kty\" and \"kid\".";
    if (jwks.length() > MAX_JWKS) {
      throw InvalidInputException.worded(
          "jwks", "A JWK Set is at most 20,000 characters.", "refusal.apiclients.jwksTooLong");
    }
    JsonObject set;
    try (var reader = Json.createReader(new StringReader(jwks))) {
      set = reader.readObject();
    } catch (JsonException | IllegalStateException notJson) {
      throw InvalidInputException.worded(
          "jwks", refusal, "refusal.apiclients.jwksInvalid", JWKS_SHAPE);
    }
    var keys = set.get("keys");
    if (keys == null || keys.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InvalidInputException.worded(
          "jwks", refusal, "refusal.apiclients.jwksInvalid", JWKS_SHAPE);
    }
    var array = keys.asJsonArray();
    if (array.isEmpty()
        || array.stream()
            .anyMatch(
                key ->
                    key.getValueType() != JsonValue.ValueType.OBJECT
                        || !key.asJsonObject().containsKey("kty")
                        || !key.asJsonObject().containsKey("kid"))) {
      throw InvalidInputException.worded(
          "jwks", refusal, "refusal.apiclients.jwksInvalid", JWKS_SHAPE);
    }
    if (array.stream().anyMatch(key -> key.asJsonObject().containsKey("d"))) {
      throw InvalidInputException.worded(
          "jwks",
          "This set holds a private key: paste only the public keys, and replace that key.",
          "refusal.apiclients.privateKey");
    }
  }
}
