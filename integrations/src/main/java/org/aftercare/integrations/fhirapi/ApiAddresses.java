package org.aftercare.integrations.fhirapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where an EHR reaches the FHIR API, as its vendor configures it and the SMART configuration
 * advertises it: under the portal's public address (behind a proxy, the request's own address is an
 * internal one).
 */
@ApplicationScoped
public class ApiAddresses {

  static final String TOKEN_PATH = "/auth/token";

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public String fhirBase() {
    return publicUrl.replaceAll("/+$", "") + "/fhir";
  }

  /** SMART Backend Services: where the EHR trades a signed client assertion for a token. */
  public String tokenUrl() {
    return fhirBase() + TOKEN_PATH;
  }

  /**
   * The audiences a client assertion may name: the advertised token URL, and the address the
   * request reached, which is this server too.
   */
  Set<String> tokenAudiences(HttpServletRequest request) {
    Set<String> audiences = new LinkedHashSet<>();
    audiences.add(tokenUrl());
    String url = request.getRequestURL().toString();
    audiences.add(url);
    return audiences;
  }
}
