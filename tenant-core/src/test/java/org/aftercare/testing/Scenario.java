package org.aftercare.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.identity.Account;

/**
 * What a {@link ScenarioBuilder} made in one clinic, found by the names the test gave: staff,
 * clients and their portal accounts, groups, enrolments. As they were when made; reread through the
 * services what a test has changed since.
 */
public final class Scenario {

  final Map<String, Account> staff = ScenarioBuilder.named();
  final Map<String, Client> clients = ScenarioBuilder.named();
  final Map<String, Account> portalAccounts = ScenarioBuilder.named();
  final Map<String, RecoveryGroup> groups = ScenarioBuilder.named();
  final Map<String, Enrollment> enrolments = ScenarioBuilder.named();
  private final UUID clinic;
  private final ClinicFixtures fixtures;

  Scenario(UUID clinic, ClinicFixtures fixtures) {
    this.clinic = clinic;
    this.fixtures = fixtures;
  }

  public UUID clinic() {
    return clinic;
  }

  public Account staff(String name) {
    return named(staff, name, "member of staff");
  }

  public UUID staffId(String name) {
    return staff(name).getId();
  }

  public Client client(String name) {
    return named(clients, name, "client");
  }

  /** The clients, in the order the scenario named them. */
  public List<Client> clients() {
    return List.copyOf(clients.values());
  }

  public Account portalAccount(String clientName) {
    return named(portalAccounts, clientName, "portal account");
  }

  public RecoveryGroup group(String name) {
    return named(groups, name, "group");
  }

  /** The scenario's one group. */
  public RecoveryGroup group() {
    if (groups.size() != 1) {
      throw new IllegalStateException("The scenario has " + groups.size() + " groups; name one");
    }
    return groups.values().iterator().next();
  }

  /** The client's place in the scenario's one group. */
  public Enrollment enrolment(String client) {
    return enrolment(client, group().getName());
  }

  public Enrollment enrolment(String client, String group) {
    return named(enrolments, key(client, group), "enrolment");
  }

  /** The group's next {@code count} sessions from now. */
  public List<GroupSession> upcomingSessions(RecoveryGroup group, int count) {
    return call(() -> fixtures.sessions.ofGroup(group.getId(), Instant.now(), count));
  }

  /** Runs {@code work} as this clinic, signed in as nobody. */
  public <T> T call(Supplier<T> work) {
    return fixtures.tenantContext.callAs(clinic, work);
  }

  /** Runs {@code work} signed in to this clinic as the named member of staff or client. */
  public <T> T as(String person, Supplier<T> work) {
    Account account = staff.containsKey(person) ? staff(person) : portalAccount(person);
    return call(() -> fixtures.as(account.getId(), work));
  }

  static String key(String client, String group) {
    return client + " in " + group;
  }

  private static <V> V named(Map<String, V> made, String name, String what) {
    V found = made.get(name);
    if (found == null) {
      throw new NoSuchElementException(
          "The scenario made no " + what + " named " + name + "; it has " + made.keySet());
    }
    return found;
  }
}
