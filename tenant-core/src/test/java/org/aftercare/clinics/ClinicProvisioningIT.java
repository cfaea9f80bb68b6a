package org.aftercare.clinics;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.junit.jupiter.api.Test;

/**
 * The operator's view of clinics is counts, kept by database triggers; and only operators may use
 * the provisioning service (the browser test covers an operator at work).
 */
class ClinicProvisioningIT extends DeployedDomain {

  @Inject ClinicProvisioning provisioning;
  @Inject TenantService tenants;
  @Inject ClientService clients;
  @Inject AccountService accounts;
  @Inject Caller caller;

  @Test
  void registeringAClinicInvitesItsFirstAdminInTheSameCall() {
    String slug = "new-" + UUID.randomUUID().toString().substring(0, 8);
    String admin = "first-admin-" + slug + "@clinic.example";

    var clinic =
        caller.callAs(
            platformOperator(),
            () -> provisioning.register("New Clinic", slug, "America/Denver", admin));

    assertThat(tenants.findBySlug(slug)).map(t -> t.getId()).contains(clinic.id());
    assertThat(DevMailbox.awaitMailsTo(admin, 1).getFirst()).contains("/invitation?clinic=");
    assertThat(
            new ClinicRows(dataSource, clinic.id())
                .count("select count(*) from library_resource where kind = 'WORKSHEET'"))
        .as("the library's example worksheets, added on the clinic's registration")
        .isEqualTo(2);
  }

  @Test
  void aMistypedFirstAdminLeavesNoClinicBehind() {
    String slug = "typo-" + UUID.randomUUID().toString().substring(0, 8);

    assertThatThrownBy(
            () ->
                caller.callAs(
                    platformOperator(),
                    () -> provisioning.register("Typo Clinic", slug, "UTC", "admin at clinic")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstAdmin"));
    assertThat(tenants.findBySlug(slug)).isEmpty();
  }

  @Test
  void countsFollowStaffAndClientsWithoutReadingThem() {
    clinics.asClinicA(
        () -> {
          clients.add(aClient().named("One").build());
          clients.add(aClient().named("Two").build());
          accounts.open(
              "staff-" + UUID.randomUUID() + "@a.example",
              "Staff",
              "a long staff passphrase",
              Set.of(Role.CLINICIAN));
          return null;
        });

    var clinicA = tenants.find(clinics.clinicA()).orElseThrow();
    var clinicB = tenants.find(clinics.clinicB()).orElseThrow();
    assertThat(clinicA.getClientCount()).isEqualTo(2);
    assertThat(clinicA.getStaffCount()).isEqualTo(1);
    assertThat(clinicB.getClientCount()).isZero();
  }

  @Test
  void callersWithoutTheOperatorRoleAreRefused() {
    var someClinic = clinics.clinicA();

    assertThatThrownBy(() -> provisioning.list(0, 10)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> provisioning.count()).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> provisioning.register("X", "x-clinic", "UTC", "admin@x.example"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> provisioning.suspend(someClinic, "testing"))
        .isInstanceOf(ForbiddenException.class);
    assertThat(tenants.find(someClinic).orElseThrow().isActive()).isTrue();
  }
}
