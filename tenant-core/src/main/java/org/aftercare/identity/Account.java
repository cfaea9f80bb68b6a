package org.aftercare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Converter;

/** A person who signs in to one clinic's portal: staff or client. */
@Entity
@Table(name = "account")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
@NamedQuery(
    name = Account.STAFF_BY_NAME,
    query = "select a from Account a where a.clientId is null order by lower(a.displayName), a.id")
@NamedQuery(
    name = Account.OF_CLIENT,
    query = "select a from Account a where a.clientId = :clientId")
@NamedQuery(
    name = Account.BY_EMAIL,
    query = "select a from Account a where lower(a.email) = lower(:email)")
public class Account extends TenantOwned {

  static final String BY_EMAIL = "Account.byEmail";
  static final String STAFF_BY_NAME = "Account.staffByName";
  static final String OF_CLIENT = "Account.ofClient";

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Embedded private StoredPassword password;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<Role> roles;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For a client's portal account: the client record it belongs to. */
  @org.eclipse.persistence.annotations.Convert(NullableUuidConverter.NAME)
  @Column(name = "client_id")
  private UUID clientId;

  /** How many mentees a peer mentor takes at most. */
  @Column(name = "caseload_capacity")
  private int caseloadCapacity = 10;

  /** Sessions signed in under an earlier generation end at their next request. */
  @Column(name = "session_generation", nullable = false)
  private int sessionGeneration;

  /** A staff member's own choice of language; a client's is on their client record. */
  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Version private long version;

  protected Account() {}

  Account(String email, String displayName, String passwordHash, Set<Role> roles) {
    this.id = Identifiers.newId();
    this.email = email.trim();
    this.displayName = displayName;
    this.password = new StoredPassword(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.status = AccountStatus.ACTIVE;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  StoredPassword password() {
    return password;
  }

  public boolean isLocked() {
    return password.throttle().isLocked();
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles);
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public int getCaseloadCapacity() {
    return caseloadCapacity;
  }

  public void setCaseloadCapacity(int capacity) {
    this.caseloadCapacity = capacity;
  }

  public Optional<UUID> clientId() {
    return Optional.ofNullable(clientId);
  }

  void belongTo(UUID client) {
    this.clientId = client;
  }

  /** The language this staff member chose; empty until they choose. */
  public Optional<String> preferredLanguage() {
    return Optional.ofNullable(preferredLanguage);
  }

  public void preferLanguage(String language) {
    this.preferredLanguage = language;
  }

  public boolean isActiveAdmin() {
    return isActive() && roles.contains(Role.CLINIC_ADMIN);
  }

  public int sessionGeneration() {
    return sessionGeneration;
  }

  /** Sessions carry the roles of their sign-in: once these change, those sessions end. */
  public void changeRoles(Set<Role> newRoles) {
    if (!roles.equals(newRoles)) {
      this.roles = EnumSet.copyOf(newRoles);
      endSessions();
    }
  }

  /** Every session signed in so far ends at its next request. */
  public void endSessions() {
    sessionGeneration++;
  }

  /** Ends the person's access; the account and its history stay. */
  public void deactivate() {
    this.status = AccountStatus.DEACTIVATED;
  }

  public void unlock() {
    password.throttle().unlock();
  }

  /** Whoever signed in with the old password, or holds a stolen session, is signed out. */
  void replacePasswordHash(String newHash) {
    password.replace(newHash);
    endSessions();
  }
}
