package org.aftercare.apiclients;

import java.time.Instant;
import java.util.Set;

/** An access token as its client receives it, once; the portal keeps only its digest. */
public record IssuedToken(String value, Instant expiresAt, Set<String> scopes) {

  /** Never the token itself in logs. */
  @Override
  public String toString() {
    return "IssuedToken[expires " + expiresAt + ", " + scopes + "]";
  }
}
