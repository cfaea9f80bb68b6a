package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.aftercare.outbound.SecretBox;
import org.aftercare.shared.Identifiers;
import org.aftercare.shared.InvalidInputException;
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

  /** NONE, BASIC or SMART (OAuth2 client credentials with a signed JWT, the key ours). */
  @Column(nullable = false)
  private String auth = "NONE";

  @Column(name = "token_url")
  private String tokenUrl;

  @Column(name = "client_id")
  private String clientId;

  private String scope;

  @Column(name = "key_id")
  private String keyId;

  @Column(name = "public_jwks")
  private String publicJwks;

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

  /**
   * Applies normalised, validated settings; the password (or, for SMART, the private key) arrives
   * already encrypted, null to keep the stored one.
   */
  void apply(EndpointSettings settings, String encryptedSecretOrNull) {
    boolean movedWithStoredPassword =
        "BASIC".equals(auth)
            && settings.username() != null
            && settings.smart() == null
            && encryptedSecretOrNull == null
            && !(Objects.equals(stripSlash(settings.baseUrl()), baseUrl)
                && settings.username().equals(username));
    if (movedWithStoredPassword) {
      // Else an admin could point the stored password at a server of their own.
      throw InvalidInputException.worded(
          "password",
          "Enter the password again: the address or user name changed.",
          "refusal.sharing.endpoint.passwordAgain");
    }
    name = settings.name();
    kind = settings.kind();
    boolean fhir = kind == EndpointKind.FHIR;
    baseUrl = fhir ? stripSlash(settings.baseUrl()) : null;
    username = fhir ? settings.username() : null;
    SmartClient smart = fhir ? settings.smart() : null;
    String newAuth = smart != null ? "SMART" : username != null ? "BASIC" : "NONE";
    if (!newAuth.equals(auth)) {
      encryptedSecret = null;
      keyId = null;
      publicJwks = null;
    }
    auth = newAuth;
    tokenUrl = smart == null ? null : smart.tokenUrl();
    clientId = smart == null ? null : smart.clientId();
    scope = smart == null ? null : smart.scope();
    if (!auth.equals("NONE") && encryptedSecretOrNull != null) {
      encryptedSecret = encryptedSecretOrNull;
    }
    host = fhir ? null : settings.host();
    port = fhir ? null : settings.port();
    tls = !fhir && settings.tls();
    sendingApplication = fhir ? null : settings.sendingApplication();
    sendingFacility = fhir ? null : settings.sendingFacility();
    receivingApplication = fhir ? null : settings.receivingApplication();
    receivingFacility = fhir ? null : settings.receivingFacility();
  }

  /** Keeps a new key pair: the private key encrypted, the public JWKS for the admin to hand on. */
  void useKey(ClientKey key, String encryptedPrivateKey) {
    keyId = key.keyId();
    publicJwks = key.publicJwks();
    encryptedSecret = encryptedPrivateKey;
  }

  boolean needsClientKey() {
    return auth.equals("SMART") && encryptedSecret == null;
  }

  void deactivate() {
    active = false;
  }

  private static String stripSlash(String url) {
    return url == null || !url.endsWith("/") ? url : url.substring(0, url.length() - 1);
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
        receivingFacility,
        auth.equals("SMART") ? new SmartClient(tokenUrl, clientId, scope) : null);
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
    return auth.equals("BASIC") && encryptedSecret != null;
  }

  /** The public keys the EHR registers for a SMART connection; null otherwise. */
  public String getPublicJwks() {
    return publicJwks;
  }

  /** Where it points, for lists: the base URL or host and port. */
  public String target() {
    return kind == EndpointKind.FHIR ? baseUrl : host + ":" + port + (tls ? " (TLS)" : "");
  }

  String getEncryptedSecret() {
    return encryptedSecret;
  }
}
