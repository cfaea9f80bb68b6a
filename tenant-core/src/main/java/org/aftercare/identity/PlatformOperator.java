package org.aftercare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;

/** Runs the platform: provisions and suspends clinics. Belongs to no clinic and sees no PHI. */
@Entity
@Table(name = "platform_operator")
@NamedQuery(
    name = PlatformOperator.BY_EMAIL,
    query = "select o from PlatformOperator o where lower(o.email) = lower(:email)")
@NamedQuery(name = PlatformOperator.COUNT, query = "select count(o) from PlatformOperator o")
public class PlatformOperator {

  static final String BY_EMAIL = "PlatformOperator.byEmail";
  static final String COUNT = "PlatformOperator.count";

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Embedded private StoredPassword password;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected PlatformOperator() {}

  PlatformOperator(String email, String displayName, String passwordHash) {
    this.id = Identifiers.newId();
    this.email = email.trim();
    this.displayName = displayName;
    this.password = new StoredPassword(passwordHash);
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

  void unlock() {
    password.throttle().unlock();
  }
}
