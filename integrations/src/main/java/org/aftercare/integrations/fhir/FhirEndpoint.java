package org.aftercare.integrations.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A care team's FHIR server: its base URL and how we authenticate to it.
 *
 * @param baseUrl the server's base, e.g. {@code https://ehr.example.org/fhir}
 * @param authorization the {@code Authorization} header value for each request, asked for anew each
 *     time (so a bearer token can be renewed), or empty for none
 */
public record FhirEndpoint(String baseUrl, Supplier<Optional<String>> authorization) {

  public static FhirEndpoint withoutAuthentication(String baseUrl) {
    return new FhirEndpoint(baseUrl, Optional::empty);
  }

  /** HTTP basic authentication (RFC 7617), the user name and password in UTF-8. */
  public static FhirEndpoint withBasicAuthentication(
      String baseUrl, String username, String password) {
    String credentials = username + ":" + password;
    String header =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    return new FhirEndpoint(baseUrl, () -> Optional.of(header));
  }

  /**
   * A bearer token from elsewhere, e.g. SMART backend services (OAuth2 client credentials with a
   * private_key_jwt assertion): the supplier fetches or renews the token as it needs.
   */
  public static FhirEndpoint withBearerToken(String baseUrl, Supplier<String> token) {
    return new FhirEndpoint(baseUrl, () -> Optional.of("Bearer " + token.get()));
  }

  /** Never the credentials: records print their components. */
  @Override
  public String toString() {
    return "FhirEndpoint[" + baseUrl + "]";
  }
}
