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
 * People a group test needs in the current clinic: a clinician to facilitate, clients with e-mail
 * addresses of their own (so mail to one is told from mail to another).
 */
@ApplicationScoped
public class ClinicFixtures {

  public static final String PASSWORD = "a long staff passphrase";

  @Inject AccountService accounts;
  @Inject ClientService clients;

  public Account clinician(String name) {
    return accounts.open(
        "staff-" + UUID.randomUUID() + "@clinic.example", name, PASSWORD, Set.of(Role.CLINICIAN));
  }

  public Client client(String name) {
    return clients.add(
        aClient().named(name).withEmail("client-" + UUID.randomUUID() + "@example.org").build());
  }
}
