package org.aftercare.apiclients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * An EHR the clinic lets pull through its FHIR API: whom it acts for, the public keys its client
 * assertions are checked with (a JWK Set URL or the set itself), and the scopes it may ask for. Its
 * id is the OAuth2 {@code client_id}. Disabling or removing it ends its tokens at their next use.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String organisation;

  @Column(name = "jwks_url")
  private String jwksUrl;

  @Column(name = "jwks")
  private String jwks;

  /** Space-separated, as OAuth2 writes scopes. */
  @Column(nullable = false)
  private String scopes;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Version private long version;

  protected ApiClient() {}

  ApiClient(Instant at) {
    this.id = Identifiers.newId();
    this.createdAt = at;
  }

  void apply(ApiClientDetails details) {
    name = details.name();
    organisation = details.organisation();
    jwksUrl = details.jwksUrl();
    jwks = details.jwks();
    scopes = String.join(" ", new TreeSet<>(details.scopes()));
  }

  void disable() {
    active = false;
  }

  void enable() {
    active = true;
  }

  void remove(Instant at) {
    active = false;
    removedAt = at;
  }

  /** Whether its tokens and assertions are honoured now. */
  public boolean isUsable() {
    return active && removedAt == null;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public Optional<String> jwksUrl() {
    return Optional.ofNullable(jwksUrl);
  }

  public Optional<String> jwks() {
    return Optional.ofNullable(jwks);
  }

  public Set<String> scopes() {
    return new TreeSet<>(Arrays.asList(scopes.split(" ")));
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  Instant getRemovedAt() {
    return removedAt;
  }

  public ApiClientDetails details() {
    return new ApiClientDetails(name, organisation, jwksUrl, jwks, scopes());
  }
}
