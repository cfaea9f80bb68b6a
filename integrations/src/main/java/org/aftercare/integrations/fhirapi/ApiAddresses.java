package org.aftercare.integrations.fhirapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where an EHR reaches the FHIR API, as its vendor configures it, the SMART configuration
 * advertises it and export manifests link to it: under the portal's public address (behind a proxy,
 * the request's own address is an internal one). The launcher always sets that address; without it,
 * answers use the address the request came to.
 */
@ApplicationScoped
public class ApiAddresses {

  static final String TOKEN_PATH = "/auth/token";

  @Inject
  @ConfigProperty(name = "aftercare.public-url")
  Optional<String> publicUrl;

  /** For the admin's page, where no API request is at hand. */
  public String fhirBase() {
    return publicUrl.orElse("http://localhost:8080").replaceAll("/+$", "") + "/fhir";
  }

  public String tokenUrl() {
    return fhirBase() + TOKEN_PATH;
  }

  /** The portal's public address, else the origin the request came to. */
  public String portalBase(HttpServletRequest request) {
    if (publicUrl.isPresent()) {
      return publicUrl.get().replaceAll("/+$", "");
    }
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  String fhirBase(HttpServletRequest request) {
    return portalBase(request) + "/fhir";
  }

  /** Where both APIs' clients get their tokens. */
  public String tokenUrl(HttpServletRequest request) {
    return fhirBase(request) + TOKEN_PATH;
  }

  /**
   * The audiences a client assertion may name: the advertised token URL, and the address the
   * request reached, which is this server too.
   */
  Set<String> tokenAudiences(HttpServletRequest request) {
    Set<String> audiences = new LinkedHashSet<>();
    audiences.add(tokenUrl(request));
    audiences.add(request.getRequestURL().toString());
    return audiences;
  }
}
