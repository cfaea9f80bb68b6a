package org.aftercare.clients;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.ConflictException;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.Test;

class ClientServiceIT extends DeployedDomain {

  @Inject ClientService clients;
  @Inject AuditService audit;

  @Test
  void addedClientIsFoundBySearchAndItsCreationIsAudited() {
    var added = clinics.asClinicA(() -> clients.add(aClient().named("Jordan M.").build()));

    var found = clinics.asClinicA(() -> clients.search(ClientSearch.firstPage("jordan")));
    var trail = clinics.asClinicA(() -> audit.eventsFor(added.getId()));

    assertThat(found).extracting(Client::getId).containsExactly(added.getId());
    assertThat(trail).extracting(e -> e.getAction()).containsExactly(AuditAction.CLIENT_CREATED);
  }

  @Test
  void searchPagesAndSortsWithinTheClinic() {
    clinics.asClinicA(
        () -> {
          for (String name : new String[] {"Casey", "Alex", "Blake"}) {
            clients.add(aClient().named(name).withLegalName(name + " Page").build());
          }
          return null;
        });

    var firstTwo =
        clinics.asClinicA(
            () ->
                clients.search(
                    new ClientSearch("page", ClientSearch.SortBy.DISPLAY_NAME, true, 0, 2)));
    var last =
        clinics.asClinicA(
            () ->
                clients.search(
                    new ClientSearch("page", ClientSearch.SortBy.DISPLAY_NAME, true, 2, 2)));

    assertThat(firstTwo).extracting(Client::getDisplayName).containsExactly("Alex", "Blake");
    assertThat(last).extracting(Client::getDisplayName).containsExactly("Casey");
    assertThat(clinics.asClinicA(() -> clients.count("page"))).isEqualTo(3);
  }

  @Test
  void invalidClientIsRejectedAndNothingIsSaved() {
    var invalid = aClient().named(" ").withEmail("not-an-email").build();

    assertThatThrownBy(() -> clinics.asClinicA(() -> clients.add(invalid)))
        .isInstanceOf(ConstraintViolationException.class);
    assertThat(clinics.asClinicA(() -> clients.count(""))).isZero();
  }

  @Test
  void futureRecoveryStartIsRejected() {
    var invalid = aClient().inRecoverySince(LocalDate.now().plusDays(3)).build();

    assertThatThrownBy(() -> clinics.asClinicA(() -> clients.add(invalid)))
        .isInstanceOf(ConstraintViolationException.class);
  }

  @Test
  void staleEditIsRefusedWithAConflict() {
    var added = clinics.asClinicA(() -> clients.add(aClient().build()));
    var firstCopy = clinics.asClinicA(() -> clients.open(added.getId()));
    var secondCopy = clinics.asClinicA(() -> clients.open(added.getId()));
    firstCopy.setPhone("+1 555 0100");
    clinics.asClinicA(() -> clients.update(firstCopy));

    secondCopy.setPhone("+1 555 0199");

    assertThatThrownBy(() -> clinics.asClinicA(() -> clients.update(secondCopy)))
        .isInstanceOf(ConflictException.class);
  }

  /** Only a recovery restart, which keeps the history, changes the date after creation. */
  @Test
  void savingTheRecordCannotChangeTheRecoveryStartDate() {
    var start = LocalDate.now().minusDays(40);
    var added = clinics.asClinicA(() -> clients.add(aClient().inRecoverySince(start).build()));
    var copy = clinics.asClinicA(() -> clients.open(added.getId()));

    copy.setRecoveryStartDate(LocalDate.now().minusDays(400));
    clinics.asClinicA(() -> clients.update(copy));

    assertThat(clinics.asClinicA(() -> clients.open(added.getId())).getRecoveryStartDate())
        .isEqualTo(start);
  }
}
