package org.aftercare.access;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.RosterLine;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;
import org.aftercare.engagement.Adherence;
import org.aftercare.engagement.Dashboards;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a role reaches inside the clinic: a client only themself, a peer mentor only current mentees
 * and the sessions they lead, a clinic admin no client record. Refusals are refusals, not empty
 * answers.
 */
class CareRelationshipsIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject ClientService clients;
  @Inject CheckIns checkIns;
  @Inject Adherence adherence;
  @Inject Dashboards dashboards;
  @Inject Mentoring mentoring;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject AttendanceService attendance;

  private Client alex;
  private Client blake;
  private UUID alexAccount;
  private UUID morgan;
  private UUID nico;
  private UUID ada;

  @BeforeEach
  void clinicWithTwoClientsTwoMentorsAndAnAdmin() {
    Scenario a =
        clinicA()
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.")
            .withMentor("Morgan Mentor", "Nico Mentor")
            .withAdmin("Ada Admin")
            .withMentee("Alex P.", "Morgan Mentor")
            .build();
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
    alexAccount = a.portalAccount("Alex P.").getId();
    morgan = a.staffId("Morgan Mentor");
    nico = a.staffId("Nico Mentor");
    ada = a.staffId("Ada Admin");
  }

  @Test
  void aClientReachesOnlyTheirOwnRecord() {
    assertThat(as(alexAccount, () -> checkIns.progressOf(alex.getId()))).isNotNull();

    assertRefused(alexAccount, () -> checkIns.progressOf(blake.getId()));
    assertRefused(
        alexAccount,
        () -> checkIns.record(blake.getId(), new CheckInAnswers(3, 8, false, null, null)));
    assertRefused(alexAccount, () -> clients.find(blake.getId()));
  }

  @Test
  void aMentorReachesCurrentMenteesOnlyAndOnlyTheirOwnCaseload() {
    assertThat(as(morgan, () -> adherence.of(alex.getId(), today().minusDays(29), today())))
        .isNotNull();

    assertRefused(morgan, () -> adherence.of(blake.getId(), today().minusDays(29), today()));
    assertRefused(nico, () -> adherence.of(alex.getId(), today().minusDays(29), today()));
    assertRefused(nico, () -> dashboards.forMentor(morgan, Instant.now()));
    assertRefused(nico, () -> mentoring.contactsOf(alex.getId()));
  }

  @Test
  void aFacilitatingMentorTakesTheRosterOfTheirSessionsAndSeesNoOthers() {
    RecoveryGroup led =
        clinics.asClinicA(
            () -> groups.create(aGroup().named("Sunday circle").build(), Set.of(nico)));
    RecoveryGroup other =
        clinics.asClinicA(() -> groups.create(aGroup().named("Skills").build(), Set.of(morgan)));
    clinics.asClinicA(() -> enrollments.enrol(led.getId(), blake.getId(), false));
    GroupSession mine = startingSoon(led);
    GroupSession theirs = startingSoon(other);

    List<RosterLine> roster = as(nico, () -> attendance.roster(mine.getId()));
    as(
        nico,
        () ->
            attendance.saveRoster(
                mine.getId(),
                List.of(new RosterEntry(blake.getId(), AttendanceStatus.PRESENT, null, -1))));
    List<GroupSession> week =
        as(nico, () -> sessions.between(Instant.now(), Instant.now().plus(Duration.ofDays(8))));

    assertThat(roster).extracting(line -> line.client().getDisplayName()).contains("Blake R.");
    assertThat(week).isNotEmpty().allMatch(s -> s.getGroup().getId().equals(led.getId()));
    assertRefused(nico, () -> attendance.roster(theirs.getId()));
    assertRefused(nico, () -> sessions.find(theirs.getId()));
    assertRefusedByRole(nico, () -> clients.search(ClientSearch.firstPage("")));
  }

  @Test
  void aClinicAdminRunsGroupsButOpensNoClientRecord() {
    RecoveryGroup group =
        clinics.asClinicA(() -> groups.create(aGroup().named("Family").build(), Set.of(morgan)));
    GroupSession session = startingSoon(group);

    assertThat(as(ada, () -> sessions.find(session.getId()))).isPresent();
    assertRefusedByRole(ada, () -> clients.search(ClientSearch.firstPage("")));
    assertRefusedByRole(ada, () -> enrollments.ofGroup(group.getId()));
    assertRefusedByRole(ada, () -> attendance.roster(session.getId()));
    assertRefusedByRole(ada, () -> checkIns.progressOf(alex.getId()));
  }

  private GroupSession startingSoon(RecoveryGroup group) {
    return clinics.asClinicA(
        () -> {
          GroupSession first = sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst();
          return sessions.move(
              first.getId(),
              first.getVersion(),
              Instant.now().plus(Duration.ofMinutes(5)),
              60,
              CHICAGO);
        });
  }

  private <T> T as(UUID account, Supplier<T> work) {
    return clinics.asClinicA(() -> fixtures.as(account, work));
  }

  /** Refused by a care relationship: the role may call the method, the record is not theirs. */
  private void assertRefused(UUID account, Supplier<?> work) {
    assertThatThrownBy(() -> as(account, work))
        .isInstanceOf(ForbiddenException.class)
        .isNotInstanceOf(RoleGate.RoleRefusedException.class);
  }

  /** Refused by the role gate before any record is looked at. */
  private void assertRefusedByRole(UUID account, Supplier<?> work) {
    assertThatThrownBy(() -> as(account, work)).isInstanceOf(RoleGate.RoleRefusedException.class);
  }

  private static java.time.LocalDate today() {
    return java.time.LocalDate.now(CHICAGO);
  }
}
