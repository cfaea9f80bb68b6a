package org.aftercare.access;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serial;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caller after sign-in: which account, of which clinic (none for platform operators), with
 * which roles (and, for a client, which client record), signed in when and under which of the
 * account's session generations. The portal binds the HTTP session to this clinic at sign-in, and
 * ends it when the generation moves on or the session grows too old.
 */
public class SignedInUser extends CallerPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID accountId;
  private final UUID tenantId;
  private final String displayName;
  private final Set<Role> roles;
  private final Instant signedInAt;
  private final int sessionGeneration;
  private final UUID clientId;

  public SignedInUser(
      String email,
      UUID accountId,
      UUID tenantId,
      String displayName,
      Set<Role> roles,
      Instant signedInAt,
      int sessionGeneration,
      UUID clientId) {
    super(email);
    this.accountId = accountId;
    this.tenantId = tenantId;
    this.displayName = displayName;
    this.roles = Set.copyOf(roles);
    this.signedInAt = signedInAt;
    this.sessionGeneration = sessionGeneration;
    this.clientId = clientId;
  }

  /** The same sign-in, carried on under the account's new generation (after its own change). */
  public SignedInUser inGeneration(int generation) {
    return new SignedInUser(
        getName(), accountId, tenantId, displayName, roles, signedInAt, generation, clientId);
  }

  public Instant signedInAt() {
    return signedInAt;
  }

  public int sessionGeneration() {
    return sessionGeneration;
  }

  public UUID accountId() {
    return accountId;
  }

  public Optional<UUID> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  /** The client record of a client's own account; staff and operators have none. */
  public Optional<UUID> clientId() {
    return Optional.ofNullable(clientId);
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }
}
