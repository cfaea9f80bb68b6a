package org.aftercare.access;

import java.util.Set;
import java.util.UUID;

/**
 * A system calling through an API with a token the portal issued: the API client, its clinic, and
 * the scopes the token carries. It is no person: it reaches only the service methods marked {@link
 * OpenToApiClients}, and those decide what its consents let it see.
 */
public record ApiCaller(UUID tenantId, UUID apiClientId, String name, Set<String> scopes) {

  public ApiCaller {
    scopes = Set.copyOf(scopes);
  }

  public boolean holds(ApiScope scope) {
    return scopes.contains(scope.value());
  }
}
