package org.aftercare.groups;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.clients.Client;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client portal's rules: a client sees only their own places, and gets the meeting link only
 * once the ground rules are accepted and from ten minutes before the start until the end.
 */
class MyGroupsIT extends DeployedDomain {

  private static final String GROUP_LINK = "https://meet.example.org/evening";

  @Inject GroupSessions sessions;
  @Inject MyGroups myGroups;

  private Client riley;
  private Client waiting;
  private Enrollment rileysPlace;
  private GroupSession next;

  /** A group of one with ground rules: Riley holds the seat, another client waits. */
  @BeforeEach
  void groupWithGroundRulesAndOneSeat() {
    Scenario a =
        clinicA()
            .withClinician("Dana Lead")
            .withGroup(
                aGroup()
                    .withCapacity(1)
                    .withGroundRules("What is said here stays here.")
                    .withMeetingLink(GROUP_LINK),
                "Dana Lead")
            .withClients("Riley S.", "Wren W.")
            .enrolling("Riley S.", "Wren W.")
            .build();
    riley = a.client("Riley S.");
    waiting = a.client("Wren W.");
    rileysPlace = a.enrolment("Riley S.");
    next = a.upcomingSessions(a.group(), 1).getFirst();
  }

  @Test
  void portalShowsTheClientsOwnPlaceWithItsNextSessions() {
    List<ClientGroup> rileys = clinics.asClinicA(() -> myGroups.of(riley.getId(), Instant.now()));
    List<ClientGroup> waitings =
        clinics.asClinicA(() -> myGroups.of(waiting.getId(), Instant.now()));

    assertThat(rileys)
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.enrollment().getId()).isEqualTo(rileysPlace.getId());
              assertThat(place.nextSessions()).hasSize(MyGroups.NEXT_SESSIONS);
              assertThat(place.nextSessions().getFirst().getId()).isEqualTo(next.getId());
              assertThat(place.mustAcceptGroundRules()).isTrue();
            });
    assertThat(waitings)
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.enrollment().getStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
              assertThat(place.nextSessions()).isEmpty();
            });
  }

  @Test
  void linkIsGivenOnlyAfterTheGroundRulesAreAccepted() {
    Instant windowOpens = next.getStartsAt().minus(JoinWindow.BEFORE_START);

    assertThatThrownBy(() -> joinLink(riley, windowOpens))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("ground rules");

    acceptGroundRules();

    assertThat(joinLink(riley, windowOpens)).isEqualTo(GROUP_LINK);
    assertThat(clinics.asClinicA(() -> myGroups.of(riley.getId(), Instant.now())))
        .singleElement()
        .satisfies(place -> assertThat(place.mustAcceptGroundRules()).isFalse());
  }

  @Test
  void linkIsGivenFromTenMinutesBeforeTheStartUntilTheEnd() {
    acceptGroundRules();

    assertThatThrownBy(() -> joinLink(riley, next.getStartsAt().minus(Duration.ofMinutes(11))))
        .isInstanceOf(ForbiddenException.class);
    assertThat(joinLink(riley, next.getStartsAt().minus(Duration.ofMinutes(10))))
        .isEqualTo(GROUP_LINK);
    assertThat(joinLink(riley, next.getEndsAt().minusSeconds(1))).isEqualTo(GROUP_LINK);
    assertThatThrownBy(() -> joinLink(riley, next.getEndsAt()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void sessionsOwnLinkWinsAndACancelledSessionHasNone() {
    acceptGroundRules();
    Instant during = next.getStartsAt().plus(Duration.ofMinutes(5));
    GroupSession withOwnLink =
        clinics.asClinicA(
            () ->
                sessions.useMeetingLink(
                    next.getId(), next.getVersion(), "https://meet.example.org/just-this-once"));

    assertThat(joinLink(riley, during)).isEqualTo("https://meet.example.org/just-this-once");

    clinics.asClinicA(
        () ->
            sessions.cancel(
                withOwnLink.getId(),
                withOwnLink.getVersion(),
                "Facilitator ill",
                ZoneId.of("America/Chicago")));
    assertThatThrownBy(() -> joinLink(riley, during)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void clientWithoutASeatGetsNoLink() {
    Instant during = next.getStartsAt().plus(Duration.ofMinutes(5));

    assertThatThrownBy(() -> joinLink(waiting, during)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () -> {
                      myGroups.acceptGroundRules(waiting.getId(), rileysPlace.getId());
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
  }

  private void acceptGroundRules() {
    clinics.asClinicA(
        () -> {
          myGroups.acceptGroundRules(riley.getId(), rileysPlace.getId());
          return null;
        });
  }

  private String joinLink(Client client, Instant now) {
    return clinics.asClinicA(() -> myGroups.joinLink(client.getId(), next.getId(), now));
  }
}
