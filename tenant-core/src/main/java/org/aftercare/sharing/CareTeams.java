package org.aftercare.sharing;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.apiclients.ApiAccess;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.SecretBox;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A clinic's connections to care teams' systems (the admin's) and each client's care-team
 * recipients (the clinician's). Removing a recipient or retiring a connection cancels what was
 * queued for it.
 */
@ApplicationScoped
@TenantAware
public class CareTeams {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject SecretBox secrets;
  @Inject ClientService clients;
  @Inject ClinicSettingsService clinic;
  @Inject @Any Instance<Courier> couriers;
  @Inject OutboxCancellations cancellations;
  @Inject ApiAccess apiAccess;

  /** Plain http to loopback only, for tests with peers on this machine; never in production. */
  @Inject
  @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
  boolean allowLoopbackHttp;

  @Requires({CLINIC_ADMIN, CLINICIAN})
  public List<CareTeamEndpoint> endpoints() {
    return em.createQuery(
            "select e from CareTeamEndpoint e where e.active = true order by e.name",
            CareTeamEndpoint.class)
        .getResultList();
  }

  /** Adds a connection ({@code id} null) or changes one; a blank password keeps the stored one. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public CareTeamEndpoint saveEndpoint(UUID id, EndpointSettings settings) {
    EndpointSettings clean = settings.normalised();
    clean.validate(allowLoopbackHttp);
    CareTeamEndpoint endpoint = id == null ? new CareTeamEndpoint(clock.instant()) : endpoint(id);
    boolean taken =
        !em.createQuery(
                "select e.id from CareTeamEndpoint e where lower(e.name) = lower(:name)"
                    + " and e.id <> :id",
                UUID.class)
            .setParameter("name", clean.name())
            .setParameter("id", endpoint.getId())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw InvalidInputException.worded(
          "name",
          "Another connection already has this name.",
          "refusal.sharing.connection.nameTaken");
    }
    boolean basic = clean.smart() == null && clean.password() != null;
    endpoint.apply(clean, basic ? secrets.seal(clean.password()) : null);
    if (endpoint.needsClientKey()) {
      ClientKey key = courierFor(EndpointKind.FHIR).newClientKey();
      endpoint.useKey(key, secrets.seal(key.privateJwk()));
    }
    if (id == null) {
      em.persist(endpoint);
    }
    audit.record(
        AuditAction.CARE_TEAM_CONNECTION_SAVED,
        "CareTeamEndpoint",
        endpoint.getId(),
        AuditOutcome.SUCCESS);
    return endpoint;
  }

  /** Retires a connection: nothing more goes through it, and what was queued is cancelled. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public void retireEndpoint(UUID id) {
    CareTeamEndpoint endpoint = endpoint(id);
    endpoint.deactivate();
    cancellations.forEndpoint(id, "The connection was retired.", clock.instant());
    audit.record(
        AuditAction.CARE_TEAM_CONNECTION_RETIRED, "CareTeamEndpoint", id, AuditOutcome.SUCCESS);
  }

  /** A round trip to the care team's system that carries no one's information. */
  @Requires(CLINIC_ADMIN)
  public DeliveryOutcome testConnection(UUID id) {
    CareTeamEndpoint endpoint = endpoint(id);
    return courierFor(endpoint.getKind()).testConnection(addressOf(endpoint));
  }

  @Requires({CLINICIAN, CLIENT})
  public List<CareTeamRecipient> recipientsOf(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select r from CareTeamRecipient r where r.clientId = :client and r.removedAt is null"
                + " order by r.name",
            CareTeamRecipient.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  @Transactional
  @Requires(CLINICIAN)
  public CareTeamRecipient addRecipient(UUID clientId, RecipientDetails details) {
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    CareTeamRecipient recipient = new CareTeamRecipient(clientId, clock.instant());
    apply(recipient, details);
    em.persist(recipient);
    audit.record(
        AuditAction.CARE_TEAM_RECIPIENT_SAVED,
        "CareTeamRecipient",
        recipient.getId(),
        AuditOutcome.SUCCESS);
    return recipient;
  }

  @Transactional
  @Requires(CLINICIAN)
  public CareTeamRecipient changeRecipient(UUID recipientId, RecipientDetails details) {
    CareTeamRecipient recipient = recipient(recipientId);
    apply(recipient, details);
    audit.record(
        AuditAction.CARE_TEAM_RECIPIENT_SAVED,
        "CareTeamRecipient",
        recipientId,
        AuditOutcome.SUCCESS);
    return recipient;
  }

  @Transactional
  @Requires(CLINICIAN)
  public void removeRecipient(UUID recipientId) {
    Instant now = clock.instant();
    recipient(recipientId).remove(now);
    cancellations.forRecipient(recipientId, "The recipient was removed from the care team.", now);
    audit.record(
        AuditAction.CARE_TEAM_RECIPIENT_REMOVED,
        "CareTeamRecipient",
        recipientId,
        AuditOutcome.SUCCESS);
  }

  private void apply(CareTeamRecipient recipient, RecipientDetails details) {
    RecipientDetails clean = details.normalised();
    clean.validate();
    if (clean.pulls()) {
      if (apiAccess.usableClient(clean.apiClientId()).isEmpty()) {
        throw InvalidInputException.worded(
            "endpoint",
            "Choose one of the clinic's enabled API clients.",
            "refusal.sharing.recipient.apiClient");
      }
    } else {
      CareTeamEndpoint endpoint = em.find(CareTeamEndpoint.class, clean.endpointId());
      if (endpoint == null || !endpoint.isActive()) {
        throw InvalidInputException.worded(
            "endpoint",
            "Choose one of the clinic's connections.",
            "refusal.sharing.recipient.connection");
      }
    }
    recipient.apply(clean);
    ZoneId zone = ZoneId.of(clinic.current().timeZone());
    recipient.scheduleNext(recipient.schedule().nextAfter(clock.instant(), zone).orElse(null));
  }

  CareTeamRecipient recipient(UUID recipientId) {
    CareTeamRecipient recipient = em.find(CareTeamRecipient.class, recipientId);
    if (recipient == null || recipient.isRemoved()) {
      throw new NotFoundException("Care-team recipient");
    }
    return recipient;
  }

  private CareTeamEndpoint endpoint(UUID id) {
    CareTeamEndpoint endpoint = em.find(CareTeamEndpoint.class, id);
    if (endpoint == null || !endpoint.isActive()) {
      throw new NotFoundException("Connection");
    }
    return endpoint;
  }

  /** The connection as a courier needs it, with its password (or private key) decrypted. */
  EndpointSettings addressOf(CareTeamEndpoint endpoint) {
    return endpoint.settings().withPassword(secrets.open(endpoint.getEncryptedSecret()));
  }

  Courier courierFor(EndpointKind kind) {
    return couriers.stream()
        .filter(courier -> courier.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No courier for " + kind + " is deployed"));
  }
}
