package org.aftercare.groups;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safety in live sessions. A session's facilitators — its clinicians, or the peer mentor who leads
 * it — remove an enrolled client from that one session with a note of what happened: the client's
 * Join for that session is refused at once, for the next session it is not, and the removal is
 * audited; readmitting lets them in again. A client's concern about a session they had a place in
 * reaches the clinic's clinicians only — not other clients, not peer mentors, not clinic admins,
 * not another clinic — within a limit per hour, and the client sees it was received and handled.
 */
class SessionSafetyIT extends DeployedDomain {

  private static final String GROUP = "Wednesday circle";

  @Inject SessionRemovals removals;
  @Inject SessionConcerns concerns;
  @Inject MyGroups myGroups;
  @Inject AuditService audit;

  private Scenario a;
  private UUID alex;
  private GroupSession first;
  private GroupSession second;

  @BeforeEach
  void groupLedByAMentorWithTwoMembers() {
    a =
        clinicA()
            .withAdmin("Ada Admin")
            .withClinician("Dana Clinician")
            .withMentor("Morgan Mentor", "Other Mentor")
            .withClients("Alex P.", "Blake R.", "Casey T.")
            .withPortalAccounts("Alex P.", "Blake R.", "Casey T.")
            .withGroup(aGroup().named(GROUP), "Morgan Mentor")
            .enrolling("Alex P.", "Blake R.")
            .build();
    alex = a.client("Alex P.").getId();
    List<GroupSession> next = a.upcomingSessions(a.group(GROUP), 2);
    first = next.get(0);
    second = next.get(1);
  }

  @Test
  void removalRefusesThatSessionsJoinButNotTheNextUntilReadmitted() {
    assertThat(join("Alex P.", first)).startsWith("https://meet.example.org/");

    a.as("Morgan Mentor", () -> removals.remove(first.getId(), alex, "Shared another's story"));

    assertThatThrownBy(() -> join("Alex P.", first))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("taken you out");
    assertThat(join("Alex P.", second)).startsWith("https://meet.example.org/");
    assertThat(join("Blake R.", first)).startsWith("https://meet.example.org/");
    assertThat(a.as("Alex P.", () -> myGroups.of(alex, first.getStartsAt().minusSeconds(60))))
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.enrollment().getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
              assertThat(place.isRemovedFrom(first)).isTrue();
              assertThat(place.isRemovedFrom(second)).isFalse();
            });
    assertThat(a.as("Dana Clinician", () -> removals.ofSession(first.getId())))
        .singleElement()
        .satisfies(
            removal -> {
              assertThat(removal.getNote()).isEqualTo("Shared another's story");
              assertThat(removal.isInForce()).isTrue();
            });

    assertThat(a.as("Morgan Mentor", () -> removals.participants(first.getId())))
        .extracting(SessionPlace::displayName, SessionPlace::isRemoved)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Alex P.", true),
            org.assertj.core.groups.Tuple.tuple("Blake R.", false));

    a.as("Dana Clinician", () -> doing(() -> removals.readmit(first.getId(), alex)));

    assertThat(join("Alex P.", first)).startsWith("https://meet.example.org/");
    assertThat(a.as("Dana Clinician", () -> removals.ofSession(first.getId())))
        .singleElement()
        .satisfies(removal -> assertThat(removal.isInForce()).isFalse());
    assertThat(a.as("Ada Admin", () -> audit.eventsFor(alex)))
        .extracting(AuditEvent::getAction)
        .contains(
            AuditAction.SESSION_PARTICIPANT_REMOVED, AuditAction.SESSION_PARTICIPANT_READMITTED);
  }

  @Test
  void onlyTheSessionsFacilitatorsRemoveAndOnlyWithANote() {
    var b = clinicB().withClinician("Bo Clinician").build();

    assertRefusedNaming(
        "note", () -> a.as("Morgan Mentor", () -> removals.remove(first.getId(), alex, "  ")));
    assertRefusedNaming(
        "note",
        () -> a.as("Morgan Mentor", () -> removals.remove(first.getId(), alex, "x".repeat(1001))));
    assertThatThrownBy(
            () -> a.as("Other Mentor", () -> removals.remove(first.getId(), alex, "Rude")))
        .as("a mentor who does not lead the session")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Ada Admin", () -> removals.remove(first.getId(), alex, "Rude")))
        .as("a clinic admin, who opens no client record")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> removals.remove(first.getId(), alex, "Rude")))
        .as("another client")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> b.as("Bo Clinician", () -> removals.remove(first.getId(), alex, "Rude")))
        .as("a clinician of another clinic")
        .isInstanceOf(NotFoundException.class);
    assertThat(b.as("Bo Clinician", () -> removals.ofSession(first.getId()))).isEmpty();
    assertThatThrownBy(() -> b.as("Bo Clinician", () -> removals.participants(first.getId())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                a.as(
                    "Dana Clinician",
                    () -> removals.remove(first.getId(), a.client("Casey T.").getId(), "Rude")))
        .as("a client without a place in the group")
        .isInstanceOf(NotFoundException.class);
    assertThat(join("Alex P.", first)).as("nothing was removed").isNotBlank();

    a.as("Dana Clinician", () -> removals.remove(first.getId(), alex, "Left camera on a bar"));

    assertThatThrownBy(() -> join("Alex P.", first)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aConcernReachesTheClinicsCliniciansAndNoOneElse() {
    pastOfClinicA().held(first, Duration.ofMinutes(20));
    var b = clinicB().withClinician("Bo Clinician").build();

    var concern =
        a.as("Alex P.", () -> concerns.report(alex, first.getId(), "  Someone was drinking.  "));

    assertThat(a.as("Dana Clinician", () -> concerns.open()))
        .singleElement()
        .satisfies(
            open -> {
              assertThat(open.getBody()).isEqualTo("Someone was drinking.");
              assertThat(open.clientName()).isEqualTo("Alex P.");
              assertThat(open.getSession().getId()).isEqualTo(first.getId());
            });
    assertThat(a.as("Dana Clinician", () -> concerns.ofSession(first.getId()))).hasSize(1);
    assertThat(a.as("Blake R.", () -> concerns.mine(a.client("Blake R.").getId()))).isEmpty();
    assertThatThrownBy(() -> a.as("Blake R.", () -> concerns.mine(alex)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> concerns.open()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Morgan Mentor", () -> concerns.open()))
        .as("the peer mentor who leads the session")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Morgan Mentor", () -> concerns.ofSession(first.getId())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Ada Admin", () -> concerns.open()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(b.as("Bo Clinician", () -> concerns.open())).isEmpty();
    assertThatThrownBy(
            () -> b.as("Bo Clinician", () -> doing(() -> concerns.handle(concern.getId()))))
        .isInstanceOf(NotFoundException.class);
    assertThat(a.as("Alex P.", () -> concerns.mine(alex)))
        .singleElement()
        .satisfies(mine -> assertThat(mine.isHandled()).isFalse());

    a.as("Dana Clinician", () -> doing(() -> concerns.handle(concern.getId())));

    assertThat(a.as("Dana Clinician", () -> concerns.open())).isEmpty();
    assertThat(a.as("Alex P.", () -> concerns.mine(alex)))
        .singleElement()
        .satisfies(mine -> assertThat(mine.isHandled()).isTrue());
    assertThat(a.as("Ada Admin", () -> audit.eventsFor(concern.getId())))
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.SESSION_CONCERN_REPORTED, AuditAction.SESSION_CONCERN_HANDLED);
  }

  @Test
  void aConcernIsAboutASessionTheClientHadAPlaceInThatHasBegun() {
    pastOfClinicA().held(first, Duration.ofMinutes(20));

    assertThatThrownBy(
            () -> a.as("Alex P.", () -> concerns.report(alex, second.getId(), "Not yet held")))
        .isInstanceOf(NotFoundException.class);
    UUID casey = a.client("Casey T.").getId();
    assertThatThrownBy(
            () -> a.as("Casey T.", () -> concerns.report(casey, first.getId(), "Not my group")))
        .isInstanceOf(NotFoundException.class);
    assertThat(a.as("Alex P.", () -> concerns.reportable(alex)))
        .extracting(GroupSession::getId)
        .containsExactly(first.getId());
    assertRefusedNaming(
        "body", () -> a.as("Alex P.", () -> concerns.report(alex, first.getId(), " ")));
    assertThatThrownBy(
            () -> a.as("Alex P.", () -> concerns.report(alex, first.getId(), "x".repeat(1001))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.messageKey()).contains("concern.body.long"));
    assertThat(a.as("Dana Clinician", () -> concerns.open())).isEmpty();
  }

  @Test
  void aFloodOfConcernsIsRefusedAfterTheHourlyLimit() {
    pastOfClinicA().held(first, Duration.ofMinutes(20));
    for (int i = 1; i <= 3; i++) {
      String text = "Concern " + i;
      a.as("Alex P.", () -> concerns.report(alex, first.getId(), text));
    }

    assertThatThrownBy(() -> a.as("Alex P.", () -> concerns.report(alex, first.getId(), "Fourth")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("body");
              assertThat(refused.messageKey()).contains("concern.flood");
            });
    assertThat(a.as("Dana Clinician", () -> concerns.open())).hasSize(3);
    UUID blake = a.client("Blake R.").getId();
    assertThat(a.as("Blake R.", () -> concerns.report(blake, first.getId(), "Mine too")))
        .as("the limit is each client's own")
        .isNotNull();
  }

  private String join(String client, GroupSession session) {
    UUID clientId = a.client(client).getId();
    return a.as(
        client,
        () -> myGroups.joinLink(clientId, session.getId(), session.getStartsAt().plusSeconds(60)));
  }

  private static Object doing(Runnable command) {
    command.run();
    return null;
  }
}
