package org.aftercare.testing;

import static org.aftercare.testing.ClientBuilder.aClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSessions;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * People a test needs in the current clinic: clinicians, peer mentors and admins, clients, and
 * clients' portal accounts, each with an e-mail address of their own (so mail to one is told from
 * mail to another).
 */
@ApplicationScoped
public class ClinicFixtures {

  public static final String PASSWORD = "a long staff passphrase";

  @Inject AccountService accounts;
  @Inject TenantContext tenantContext;
  @Inject TenantService tenants;
  @Inject ClinicRecords clinicRecords;
  @Inject ClientService clients;
  @Inject Caller caller;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject Mentoring mentoring;

  /** The start of a scenario in {@code clinic}: {@code scenarioIn(a).withClinician(..).build()}. */
  public ScenarioBuilder scenarioIn(UUID clinic) {
    return new ScenarioBuilder(clinic, this);
  }

  /**
   * Runs {@code work} as the account's holder, signed in to the current clinic as the portal would
   * sign them in: the role gate and the care relationships apply.
   */
  public <T> T as(UUID accountId, Supplier<T> work) {
    Account account = accounts.find(accountId).orElseThrow();
    var person =
        new SignedInUser(
            account.getEmail(),
            account.getId(),
            tenantContext.tenantId().orElseThrow(),
            account.getDisplayName(),
            account.getRoles(),
            Instant.now(),
            account.sessionGeneration(),
            account.clientId().orElse(null));
    return caller.callAs(person, work);
  }

  public Account clinician(String name) {
    return staff(name, Role.CLINICIAN);
  }

  public Account mentor(String name) {
    return staff(name, Role.PEER_MENTOR);
  }

  public Account admin(String name) {
    return staff(name, Role.CLINIC_ADMIN);
  }

  /** The client's own account for the portal. */
  public Account portalAccountFor(Client client) {
    return accounts.openForClient(
        client.getId(),
        "portal-" + UUID.randomUUID() + "@example.org",
        client.getDisplayName(),
        PASSWORD);
  }

  private Account staff(String name, Role role) {
    return accounts.open(
        "staff-" + UUID.randomUUID() + "@clinic.example", name, PASSWORD, Set.of(role));
  }

  /** The current clinic's mail and calendar entries for clients go out under this name. */
  public ClinicSettings useNeutralName(String neutralName) {
    UUID clinic = tenantContext.tenantId().orElseThrow();
    var now = tenants.find(clinic).orElseThrow().settings();
    return clinicRecords
        .applySettings(
            clinic,
            new ClinicSettings(
                now.name(),
                now.timeZone(),
                now.contactEmail(),
                now.contactPhone(),
                now.welcomeText(),
                now.videoLinkTemplate(),
                now.reminderHours(),
                neutralName))
        .settings();
  }

  public Client client(String name) {
    return clients.add(
        aClient().named(name).withEmail("client-" + UUID.randomUUID() + "@example.org").build());
  }
}
