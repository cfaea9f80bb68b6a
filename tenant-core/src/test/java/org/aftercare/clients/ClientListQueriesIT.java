package org.aftercare.clients;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.aftercare.testing.StatementCounter;
import org.aftercare.testing.StatementCounter.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client list reads a page, and its count, in as many statements for twenty clients as for two:
 * nothing is fetched row by row.
 */
class ClientListQueriesIT extends DeployedDomain {

  @Inject StatementCounter statements;
  @Inject ClientService clients;

  private Scenario clinic;

  @BeforeEach
  void clinicianAndTwoClients() {
    clinic = clinicA().withClinician("Cleo Clinician").withClients("Client 1", "Client 2").build();
  }

  @Test
  void aPageOfClientsAndItsCountTakeAsManyStatementsForTwentyClientsAsForTwo() {
    var page = new ClientSearch("client", ClientSearch.SortBy.DISPLAY_NAME, true, 0, 50);
    var small = measure(() -> clients.search(page).size() + clients.count("client"));

    growToTwenty();
    var large = measure(() -> clients.search(page).size() + clients.count("client"));

    assertThat(large.result()).isEqualTo(40);
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
  }

  @Test
  void aSystemWalkingTheClientsTakesAsManyStatementsForTwentyAsForTwo() {
    var small = measure(() -> clients.pageAfter(null, 50).size());

    growToTwenty();
    var large = measure(() -> clients.pageAfter(null, 50).size());

    assertThat(large.result()).isEqualTo(20);
    assertThat(large.count()).as("%s%nthen%n%s", small, large).isEqualTo(small.count());
  }

  private void growToTwenty() {
    clinic.call(
        () -> {
          for (int i = 3; i <= 20; i++) {
            fixtures.client("Client " + i);
          }
          return null;
        });
  }

  /** After one unmeasured call, as the clinician: a deployment's first call loads what it keeps. */
  private <T> Tally<T> measure(Supplier<T> list) {
    clinic.as("Cleo Clinician", list);
    return clinic.as("Cleo Clinician", () -> statements.count(list));
  }
}
