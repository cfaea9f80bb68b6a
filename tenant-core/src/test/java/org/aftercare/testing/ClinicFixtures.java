package org.aftercare.testing;

import static org.aftercare.testing.ClientBuilder.aClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.Role;

/**
 * People a test needs in the current clinic: clinicians, peer mentors and admins, clients, and
 * clients' portal accounts, each with an e-mail address of their own (so mail to one is told from
 * mail to another).
 */
@ApplicationScoped
public class ClinicFixtures {

  public static final String PASSWORD = "a long staff passphrase";

  @Inject AccountService accounts;
  @Inject ClientService clients;

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

  public Client client(String name) {
    return clients.add(
        aClient().named(name).withEmail("client-" + UUID.randomUUID() + "@example.org").build());
  }
}
