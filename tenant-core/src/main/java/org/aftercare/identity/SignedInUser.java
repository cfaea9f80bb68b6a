package org.aftercare.identity;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serial;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caller after sign-in: which account, of which clinic (none for platform operators), with
 * which roles. The portal binds the HTTP session to this clinic at sign-in.
 */
public class SignedInUser extends CallerPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID accountId;
  private final UUID tenantId;
  private final String displayName;
  private final Set<Role> roles;

  public SignedInUser(
      String email, UUID accountId, UUID tenantId, String displayName, Set<Role> roles) {
    super(email);
    this.accountId = accountId;
    this.tenantId = tenantId;
    this.displayName = displayName;
    this.roles = Set.copyOf(roles);
  }

  public UUID accountId() {
    return accountId;
  }

  public Optional<UUID> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }
}
