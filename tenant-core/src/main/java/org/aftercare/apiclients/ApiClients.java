package org.aftercare.apiclients;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic admin's registry of EHRs that pull through the FHIR API. Disabling or removing a
 * client takes effect at its next request: every request checks the client again.
 */
@ApplicationScoped
@TenantAware
public class ApiClients {

  static final String AUDIT_TYPE = "ApiClient";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject AuditService audit;

  /** Plain http to loopback only, for tests with peers on this machine; never in production. */
  @Inject
  @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
  boolean allowLoopbackHttp;

  /** The clinic's clients, disabled ones too; removed ones are gone. */
  @Requires(CLINIC_ADMIN)
  public List<ApiClient> list() {
    return em.createQuery(
            "select c from ApiClient c where c.removedAt is null order by c.name", ApiClient.class)
        .getResultList();
  }

  /** The clients a clinician may name as the way a care-team recipient's EHR reads. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public List<ApiClient> enabled() {
    return em.createQuery(
            "select c from ApiClient c where c.removedAt is null and c.active = true"
                + " order by c.name",
            ApiClient.class)
        .getResultList();
  }

  /** Registers a client ({@code id} null) or changes one. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public ApiClient save(UUID id, ApiClientDetails details) {
    ApiClientDetails clean = details.normalised();
    clean.validate(allowLoopbackHttp);
    ApiClient client = id == null ? new ApiClient(clock.instant()) : existing(id);
    boolean taken =
        !em.createQuery(
                "select c.id from ApiClient c where lower(c.name) = lower(:name)"
                    + " and c.removedAt is null and c.id <> :id",
                UUID.class)
            .setParameter("name", clean.name())
            .setParameter("id", client.getId())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw InvalidInputException.worded(
          "name", "Another API client already has this name.", "refusal.apiclients.nameTaken");
    }
    client.apply(clean);
    if (id == null) {
      em.persist(client);
    }
    audit.record(AuditAction.API_CLIENT_SAVED, AUDIT_TYPE, client.getId(), AuditOutcome.SUCCESS);
    return client;
  }

  /** Stops a client at once; its registration stays, to be enabled again. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public ApiClient disable(UUID id) {
    ApiClient client = existing(id);
    client.disable();
    audit.record(AuditAction.API_CLIENT_DISABLED, AUDIT_TYPE, id, AuditOutcome.SUCCESS);
    return client;
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public ApiClient enable(UUID id) {
    ApiClient client = existing(id);
    client.enable();
    audit.record(AuditAction.API_CLIENT_ENABLED, AUDIT_TYPE, id, AuditOutcome.SUCCESS);
    return client;
  }

  /** Removes a client for good; the disclosures made to it stay on the clients' records. */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public void remove(UUID id) {
    existing(id).remove(clock.instant());
    audit.record(AuditAction.API_CLIENT_REMOVED, AUDIT_TYPE, id, AuditOutcome.SUCCESS);
  }

  private ApiClient existing(UUID id) {
    ApiClient client = id == null ? null : em.find(ApiClient.class, id);
    if (client == null || client.getRemovedAt() != null) {
      throw new NotFoundException("API client");
    }
    return client;
  }
}
