package org.aftercare.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.aftercare.clients.Client;
import org.aftercare.groups.RecoveryGroup;

/**
 * The people and groups a test starts from, in one clinic, in one sentence:
 *
 * <pre>
 * clinicA()
 *     .withClinician("Dana Lead")
 *     .withClients("Alex P.", "Blake R.")
 *     .withGroup(aGroup().named("Skills"), "Dana Lead")
 *     .enrolling("Alex P.", "Blake R.")
 *     .build();
 * </pre>
 *
 * Steps run in the order written, through the services and as the clinic, so what they make is what
 * the product would make; {@link Scenario} then finds each piece by its name.
 */
public final class ScenarioBuilder {

  private final UUID clinic;
  private final ClinicFixtures fixtures;
  private final List<Consumer<Scenario>> steps = new ArrayList<>();
  private String lastGroup;

  ScenarioBuilder(UUID clinic, ClinicFixtures fixtures) {
    this.clinic = clinic;
    this.fixtures = fixtures;
  }

  public ScenarioBuilder withClinician(String... names) {
    return each(names, (scenario, name) -> scenario.staff.put(name, fixtures.clinician(name)));
  }

  public ScenarioBuilder withMentor(String... names) {
    return each(names, (scenario, name) -> scenario.staff.put(name, fixtures.mentor(name)));
  }

  public ScenarioBuilder withAdmin(String... names) {
    return each(names, (scenario, name) -> scenario.staff.put(name, fixtures.admin(name)));
  }

  /** Clients with the defaults of {@link ClientBuilder} and an e-mail address each. */
  public ScenarioBuilder withClients(String... names) {
    return each(names, (scenario, name) -> scenario.clients.put(name, fixtures.client(name)));
  }

  /** A client as {@code client} describes them (a recovery start, no e-mail, ...). */
  public ScenarioBuilder withClient(ClientBuilder client) {
    steps.add(
        scenario -> {
          Client added = fixtures.clients.add(client.build());
          scenario.clients.put(added.getDisplayName(), added);
        });
    return this;
  }

  /** The named clients' own accounts for the portal. */
  public ScenarioBuilder withPortalAccounts(String... clients) {
    return each(
        clients,
        (scenario, name) ->
            scenario.portalAccounts.put(name, fixtures.portalAccountFor(scenario.client(name))));
  }

  /** {@code mentor} becomes the client's current mentor. */
  public ScenarioBuilder withMentee(String client, String mentor) {
    steps.add(
        scenario ->
            fixtures.mentoring.assign(scenario.client(client).getId(), scenario.staffId(mentor)));
    return this;
  }

  /** A group led by the named staff; {@link #enrolling} then fills it. */
  public ScenarioBuilder withGroup(GroupBuilder group, String... facilitators) {
    var details = group.build();
    lastGroup = details.name();
    steps.add(
        scenario -> {
          Set<UUID> leads =
              Arrays.stream(facilitators).map(scenario::staffId).collect(Collectors.toSet());
          scenario.groups.put(details.name(), fixtures.groups.create(details, leads));
        });
    return this;
  }

  /** Enrols the named clients, in this order, in the group added last (seats, then waitlist). */
  public ScenarioBuilder enrolling(String... clients) {
    if (lastGroup == null) {
      throw new IllegalStateException("enrolling(...) follows withGroup(...)");
    }
    String group = lastGroup;
    return each(
        clients,
        (scenario, name) -> {
          RecoveryGroup into = scenario.group(group);
          var enrolment =
              fixtures.enrollments.enrol(into.getId(), scenario.client(name).getId(), false);
          scenario.enrolments.put(Scenario.key(name, group), enrolment);
        });
  }

  /** Runs the steps, in order, as the clinic. */
  public Scenario build() {
    var scenario = new Scenario(clinic, fixtures);
    fixtures.tenantContext.callAs(
        clinic,
        () -> {
          steps.forEach(step -> step.accept(scenario));
          return null;
        });
    return scenario;
  }

  private ScenarioBuilder each(String[] names, StepFor step) {
    for (String name : names) {
      steps.add(scenario -> step.take(scenario, name));
    }
    return this;
  }

  @FunctionalInterface
  private interface StepFor {
    void take(Scenario scenario, String name);
  }

  /** Insertion-ordered, so a scenario lists its people as the sentence named them. */
  static <V> Map<String, V> named() {
    return new LinkedHashMap<>();
  }
}
