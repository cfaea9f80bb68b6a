package org.aftercare.integrations.fhirapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.Caller;
import org.aftercare.apiclients.ApiAccess;
import org.aftercare.apiclients.ApiClientDirectory;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * The bearer tokens the token endpoint issued, as the FHIR API and the clinic's REST API read them:
 * the token alone decides the clinic and the caller.
 */
@ApplicationScoped
public class ApiTokens {

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject ApiClientDirectory directory;
  @Inject ApiAccess access;
  @Inject TenantService clinics;

  /** The token's holder while the token is live and its client enabled. */
  public Optional<ApiCaller> holder(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).trim();
    if (token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return directory
        .clinicOfToken(token)
        .flatMap(clinic -> caller.callAsPortal(clinic, () -> access.holderOf(token, now)));
  }

  /** A request's handling, which may fail as servlets do. */
  public interface Exchange {
    void run() throws IOException, ServletException;
  }

  /** Serves a request as the token's holder, in its clinic and as no person. */
  public void serveAs(ApiCaller system, Exchange exchange) throws IOException, ServletException {
    try {
      caller.callAsApiClient(
          system,
          () -> {
            try {
              exchange.run();
              return null;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A suspended clinic's systems are refused like its people. */
  public boolean clinicIsActive(ApiCaller system) {
    return clinics.find(system.tenantId()).map(Tenant::isActive).orElse(false);
  }
}
