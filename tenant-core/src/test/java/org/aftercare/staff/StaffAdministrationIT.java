package org.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Set;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditFilter;
import org.aftercare.audit.AuditService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clinic admin's work on staff accounts, and the one rule it keeps: an admin always stays. */
class StaffAdministrationIT extends DeployedDomain {

  @Inject StaffAdministration staffAdmin;
  @Inject AccountService accounts;
  @Inject AuditService audit;

  private Scenario a;

  @BeforeEach
  void clinic() {
    a = clinicA().withAdmin("Ada Admin").withClinician("Cleo Clinician").build();
  }

  @Test
  void theLastAdminCannotGiveUpTheRoleNorBeDeactivated() {
    assertThatThrownBy(
            () ->
                a.as(
                    "Ada Admin",
                    () -> staffAdmin.changeRoles(a.staffId("Ada Admin"), Set.of(Role.CLINICIAN))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> a.as("Ada Admin", () -> staffAdmin.deactivate(a.staffId("Ada Admin"))))
        .isInstanceOf(ConflictException.class);

    assertThat(a.call(() -> accounts.find(a.staffId("Ada Admin"))))
        .get()
        .extracting(Account::isActiveAdmin)
        .isEqualTo(true);
  }

  @Test
  void withASecondAdminTheFirstMayStepBackAndEveryChangeIsAudited() {
    a.as(
        "Ada Admin",
        () ->
            staffAdmin.changeRoles(
                a.staffId("Cleo Clinician"), Set.of(Role.CLINICIAN, Role.CLINIC_ADMIN)));

    Account ada =
        a.as(
            "Cleo Clinician",
            () -> staffAdmin.changeRoles(a.staffId("Ada Admin"), Set.of(Role.CLINICIAN)));
    Account cleo =
        a.as("Cleo Clinician", () -> staffAdmin.signOutEverywhere(a.staffId("Cleo Clinician")));

    assertThat(ada.getRoles()).containsExactly(Role.CLINICIAN);
    assertThat(cleo.sessionGeneration())
        .isGreaterThan(a.staff("Cleo Clinician").sessionGeneration());
    long audited =
        a.as(
            "Cleo Clinician",
            () ->
                audit.count(new AuditFilter("", "", AuditAction.STAFF_ROLES_CHANGED, null, null))
                    + audit.count(new AuditFilter("", "", AuditAction.SESSIONS_ENDED, null, null)));
    assertThat(audited).isEqualTo(3);
  }

  @Test
  void anotherClinicsAdminFindsNoSuchAccount() {
    var b = clinicB().withAdmin("Bo Admin").build();

    assertThatThrownBy(
            () -> b.as("Bo Admin", () -> staffAdmin.deactivate(a.staffId("Cleo Clinician"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(a.call(() -> accounts.find(a.staffId("Cleo Clinician"))))
        .get()
        .extracting(Account::isActive)
        .isEqualTo(true);
  }
}
