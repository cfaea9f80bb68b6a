package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A clinic's connection to one care team's system. The password is kept encrypted ({@link
 * SecretBox}); the entity never holds it in clear.
 */
@Entity
@Table(name = "care_team_endpoint")
public class CareTeamEndpoint extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EndpointKind kind;

  @Column(name = "base_url")
  private String baseUrl;

  /** NONE or BASIC; kept as the column says so that a later OAuth2 kind is one more value. */
  @Column(nullable = false)
  private String auth = "NONE";

  private String username;

  @Column(name = "secret")
  private String encryptedSecret;

  private String host;
  private Integer port;
  private boolean tls;

  @Column(name = "sending_application")
  private String sendingApplication;

  @Column(name = "sending_facility")
  private String sendingFacility;

  @Column(name = "receiving_application")
  private String receivingApplication;

  @Column(name = "receiving_facility")
  private String receivingFacility;

  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CareTeamEndpoint() {}

  CareTeamEndpoint(Instant at) {
    this.id = Identifiers.newId();
    this.createdAt = at;
  }

  /** Applies normalised, validated settings; the password arrives already encrypted. */
  void apply(EndpointSettings settings, String encryptedPassword) {
    name = settings.name();
    kind = settings.kind();
    boolean fhir = kind == EndpointKind.FHIR;
    baseUrl = fhir ? stripSlash(settings.baseUrl()) : null;
    username = fhir ? settings.username() : null;
    auth = username == null ? "NONE" : "BASIC";
    if (username == null) {
      encryptedSecret = null;
    } else if (encryptedPassword != null) {
      encryptedSecret = encryptedPassword;
    }
    host = fhir ? null : settings.host();
    port = fhir ? null : settings.port();
    tls = !fhir && settings.tls();
    sendingApplication = fhir ? null : settings.sendingApplication();
    sendingFacility = fhir ? null : settings.sendingFacility();
    receivingApplication = fhir ? null : settings.receivingApplication();
    receivingFacility = fhir ? null : settings.receivingFacility();
  }

  void deactivate() {
    active = false;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The settings as the form shows them: never the password. */
  public EndpointSettings settings() {
    return new EndpointSettings(
        name,
        kind,
        baseUrl,
        username,
        null,
        host,
        port,
        tls,
        sendingApplication,
        sendingFacility,
        receivingApplication,
        receivingFacility);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public EndpointKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public boolean hasPassword() {
    return encryptedSecret != null;
  }

  /** Where it points, for lists: the base URL or host and port. */
  public String target() {
    return kind == EndpointKind.FHIR ? baseUrl : host + ":" + port + (tls ? " (TLS)" : "");
  }

  String getEncryptedSecret() {
    return encryptedSecret;
  }
}
