package org.aftercare.board;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.platform.ClinicUpkeep;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A group's board is its enrolled members' and its facilitators' alone: others — a client of
 * another group, a client of another clinic, staff who neither facilitate nor are clinicians — see
 * nothing and cannot post. Members post after accepting the clinic's code of conduct (again when it
 * changes), within a rate limit, without links unless the clinic allows them. A reported post that
 * a facilitator hides is gone for the members and the reporter is told; a muted member reads but
 * cannot post; every moderation step is audited; the daily upkeep deletes each clinic's posts older
 * than that clinic keeps them.
 */
class GroupBoardIT extends DeployedDomain {

  private static final String GROUP = "Thursday SMART";

  @Inject GroupBoards boards;
  @Inject BoardModeration moderation;
  @Inject BoardRules rules;
  @Inject AuditService audit;
  @Inject ClinicUpkeep upkeep;

  private Scenario a;
  private UUID group;

  @BeforeEach
  void groupWithTwoMembersItsFacilitatorAndOutsiders() {
    a =
        clinicA()
            .withAdmin("Ada Admin")
            .withClinician("Dana Lead")
            .withMentor("Morgan Mentor", "Other Mentor")
            .withClients("Alex P.", "Blake R.", "Casey T.")
            .withPortalAccounts("Alex P.", "Blake R.", "Casey T.")
            .withGroup(aGroup().named(GROUP), "Morgan Mentor")
            .enrolling("Alex P.", "Blake R.")
            .build();
    group = a.group(GROUP).getId();
  }

  @Test
  void membersPostAndReplyAndTheGroupReadsItAsTextUnderDisplayNames() {
    accept("Alex P.", "Blake R.");

    UUID post = a.as("Alex P.", () -> boards.post(group, null, "<script>alert(1)</script> Day 3."));
    a.as("Blake R.", () -> boards.post(group, post, "Proud of you."));
    a.as("Morgan Mentor", () -> boards.post(group, post, "Well done, both."));

    var seenByBlake = a.as("Blake R.", () -> boards.open(group));
    assertThat(seenByBlake.posts())
        .extracting(BoardPostLine::author, BoardPostLine::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Alex P.", "<script>alert(1)</script> Day 3."),
            org.assertj.core.groups.Tuple.tuple("Blake R.", "Proud of you."),
            org.assertj.core.groups.Tuple.tuple("Morgan Mentor", "Well done, both."));
    assertThat(seenByBlake.posts()).extracting(BoardPostLine::authorClientId).containsOnlyNulls();
    assertThat(seenByBlake.posts().getLast().byFacilitator()).isTrue();
    assertThat(a.as("Alex P.", () -> boards.open(group)).posts().getFirst().mine()).isTrue();
    assertThat(a.as("Dana Lead", () -> boards.open(group)).posts()).hasSize(3);
  }

  @Test
  void aGroupThatKeepsToFirstNamesShowsFirstNamesOnly() {
    var twelveStep =
        clinicA()
            .withClinician("Sam Lead")
            .withClients("Jordan Q.")
            .withPortalAccounts("Jordan Q.")
            .withGroup(aGroup().named("Sunday circle").keepingToFirstNames(), "Sam Lead")
            .enrolling("Jordan Q.")
            .build();
    UUID circle = twelveStep.group("Sunday circle").getId();
    twelveStep.as("Jordan Q.", () -> acceptCurrent());

    twelveStep.as("Jordan Q.", () -> boards.post(circle, null, "Hello all"));
    twelveStep.as("Sam Lead", () -> boards.post(circle, null, "Welcome"));

    assertThat(twelveStep.as("Sam Lead", () -> boards.open(circle)).posts())
        .extracting(BoardPostLine::author)
        .containsExactly("Sam", "Jordan");
  }

  @Test
  void outsidersSeeNothingAndCannotPost() {
    accept("Alex P.");
    a.as("Alex P.", () -> boards.post(group, null, "Members only"));
    var b = clinicB().withClients("Bea B.").withPortalAccounts("Bea B.").build();

    assertThatThrownBy(() -> a.as("Casey T.", () -> boards.open(group)))
        .as("a client of the clinic in no seat of the group")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> a.as("Casey T.", () -> boards.post(group, null, "Hi")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> b.as("Bea B.", () -> boards.open(group)))
        .as("a client of another clinic")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> b.as("Bea B.", () -> boards.post(group, null, "Hi")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> a.as("Other Mentor", () -> boards.open(group)))
        .as("a mentor who does not facilitate the group")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Ada Admin", () -> boards.open(group)))
        .as("an admin who does not facilitate the group")
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.call(() -> boards.open(group)))
        .as("the portal's own work")
        .isInstanceOf(ForbiddenException.class);
    assertThat(a.as("Blake R.", () -> boards.open(group)).posts()).hasSize(1);
  }

  @Test
  void membersAcceptTheCodeOfConductBeforePostingAndAgainWhenItChanges() {
    var first = a.as("Alex P.", () -> boards.open(group));
    assertThat(first.conductToAccept()).isPresent();
    assertThat(first.mayPost()).isFalse();
    assertThatThrownBy(() -> a.as("Alex P.", () -> boards.post(group, null, "Hi")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("code of conduct");

    a.as("Alex P.", () -> acceptCurrent());
    a.as("Alex P.", () -> boards.post(group, null, "Hi"));
    a.as(
        "Ada Admin",
        () -> rules.save(new BoardSettings("Be kind. Nothing leaves the board.", 0, false, 90)));

    var changed = a.as("Alex P.", () -> boards.open(group));
    assertThat(changed.conductToAccept())
        .hasValueSatisfying(
            conduct -> {
              assertThat(conduct.text()).isEqualTo("Be kind. Nothing leaves the board.");
              assertThat(conduct.version()).isEqualTo(first.conductToAccept().get().version() + 1);
            });
    assertThatThrownBy(() -> a.as("Alex P.", () -> boards.post(group, null, "Hi again")))
        .isInstanceOf(ForbiddenException.class);
    int oldVersion = first.conductToAccept().get().version();
    assertRefusedNaming(
        "codeOfConduct",
        () -> a.as("Alex P.", () -> doing(() -> rules.acceptCodeOfConduct(oldVersion))));
    a.as("Alex P.", () -> acceptCurrent());
    a.as("Alex P.", () -> boards.post(group, null, "Hi again"));
    assertThat(a.as("Dana Lead", () -> boards.open(group)).posts()).hasSize(2);
  }

  @Test
  void aMemberWhoPostsTooOftenIsAskedToWait() {
    accept("Alex P.");
    for (int i = 1; i <= 5; i++) {
      String text = "Post " + i;
      a.as("Alex P.", () -> boards.post(group, null, text));
    }

    assertThatThrownBy(() -> a.as("Alex P.", () -> boards.post(group, null, "Post 6")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("body");
              assertThat(refused.getMessage()).contains("last 10 minutes");
            });
    accept("Blake R.");
    a.as("Blake R.", () -> boards.post(group, null, "Another member is not held back"));
    assertThat(a.as("Blake R.", () -> boards.open(group)).posts()).hasSize(6);
  }

  @Test
  void linksAndOverlongOrEmptyPostsAreRefusedAtTheField() {
    accept("Alex P.");

    assertRefusedNaming(
        "body", () -> a.as("Alex P.", () -> boards.post(group, null, "Try www.example.com")));
    assertRefusedNaming(
        "body", () -> a.as("Alex P.", () -> boards.post(group, null, "see https://x.example/a")));
    assertRefusedNaming(
        "body",
        () -> a.as("Alex P.", () -> boards.post(group, null, "x".repeat(PostBody.MAX_LENGTH + 1))));
    assertRefusedNaming("body", () -> a.as("Alex P.", () -> boards.post(group, null, "   ")));
    assertThat(a.as("Alex P.", () -> boards.open(group)).posts()).isEmpty();

    a.as(
        "Ada Admin",
        () -> rules.save(new BoardSettings(BoardSettings.DEFAULT_CODE_OF_CONDUCT, 0, true, 180)));
    a.as("Alex P.", () -> boards.post(group, null, "Try www.example.com"));
    a.as("Alex P.", () -> boards.post(group, null, "x".repeat(PostBody.MAX_LENGTH)));

    assertThat(a.as("Alex P.", () -> boards.open(group)).posts()).hasSize(2);
    assertThat(a.as("Alex P.", () -> boards.open(group)).conductToAccept())
        .as("the same text is the same version")
        .isEmpty();
  }

  @Test
  void aReportedPostTheFacilitatorHidesIsGoneForMembersAndTheReporterIsTold() {
    accept("Alex P.", "Blake R.");
    UUID post = a.as("Alex P.", () -> boards.post(group, null, "Something unkind"));

    a.as("Blake R.", () -> doing(() -> boards.report(post, "It is unkind")));
    assertRefusedNaming(
        "reason", () -> a.as("Blake R.", () -> doing(() -> boards.report(post, "Again"))));
    var reports = a.as("Morgan Mentor", () -> moderation.openReports(group));
    assertThat(reports)
        .singleElement()
        .satisfies(
            report -> {
              assertThat(report.postBody()).isEqualTo("Something unkind");
              assertThat(report.reason()).isEqualTo("It is unkind");
            });
    assertThat(a.as("Blake R.", () -> boards.open(group)).myReports())
        .singleElement()
        .satisfies(notice -> assertThat(notice.outcome()).isEmpty());
    assertThatThrownBy(() -> a.as("Blake R.", () -> doing(() -> moderation.hide(post))))
        .as("a member does not moderate")
        .isInstanceOf(ForbiddenException.class);

    a.as("Morgan Mentor", () -> doing(() -> moderation.hide(post)));

    assertThat(a.as("Blake R.", () -> boards.open(group)).posts()).isEmpty();
    assertThat(a.as("Alex P.", () -> boards.open(group)).posts()).isEmpty();
    assertThat(a.as("Blake R.", () -> boards.open(group)).myReports())
        .singleElement()
        .satisfies(notice -> assertThat(notice.outcome()).contains(ReportOutcome.HIDDEN));
    assertThat(a.as("Morgan Mentor", () -> boards.open(group)).posts())
        .singleElement()
        .satisfies(line -> assertThat(line.hidden()).isTrue());
    assertThat(a.as("Morgan Mentor", () -> moderation.openReports(group))).isEmpty();

    a.as("Dana Lead", () -> doing(() -> moderation.remove(post)));

    assertThat(a.as("Morgan Mentor", () -> boards.open(group)).posts()).isEmpty();
    assertThat(rowsOfClinicA().count("select count(*) from board_post where id = ?", post))
        .isZero();
    assertThat(a.as("Ada Admin", () -> audit.eventsFor(post)))
        .extracting(AuditEvent::getAction)
        .contains(
            AuditAction.BOARD_POST_REPORTED,
            AuditAction.BOARD_POST_HIDDEN,
            AuditAction.BOARD_POST_REMOVED);
  }

  @Test
  void aReportedPostLeftUpOrRemovedIsToldToTheReporterAsSuch() {
    accept("Alex P.", "Blake R.");
    UUID kept = a.as("Alex P.", () -> boards.post(group, null, "Blunt but fair"));
    UUID removed = a.as("Alex P.", () -> boards.post(group, null, "Selling something"));
    a.as("Blake R.", () -> doing(() -> boards.report(kept, "Harsh")));
    a.as("Blake R.", () -> doing(() -> boards.report(removed, "Spam")));
    var reports = a.as("Morgan Mentor", () -> moderation.openReports(group));

    a.as("Morgan Mentor", () -> doing(() -> moderation.keep(reports.getFirst().reportId())));
    a.as("Morgan Mentor", () -> doing(() -> moderation.remove(removed)));

    assertThat(a.as("Blake R.", () -> boards.open(group)).myReports())
        .extracting(ReportNotice::reason, notice -> notice.outcome().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Harsh", ReportOutcome.KEPT),
            org.assertj.core.groups.Tuple.tuple("Spam", ReportOutcome.REMOVED));
    assertThat(a.as("Blake R.", () -> boards.open(group)).posts())
        .extracting(BoardPostLine::id)
        .containsExactly(kept);
  }

  @Test
  void aMutedMemberReadsButCannotPostAndARemovedOneNoLongerOpensTheBoard() {
    accept("Alex P.", "Blake R.");
    a.as("Blake R.", () -> boards.post(group, null, "Still here"));
    UUID alex = a.client("Alex P.").getId();

    a.as(
        "Morgan Mentor",
        () -> doing(() -> moderation.setStanding(group, alex, BoardStanding.MUTED)));

    assertThatThrownBy(() -> a.as("Alex P.", () -> boards.post(group, null, "Let me speak")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("paused");
    var muted = a.as("Alex P.", () -> boards.open(group));
    assertThat(muted.standing()).isEqualTo(BoardStanding.MUTED);
    assertThat(muted.mayPost()).isFalse();
    assertThat(muted.posts()).hasSize(1);

    a.as(
        "Morgan Mentor",
        () -> doing(() -> moderation.setStanding(group, alex, BoardStanding.REMOVED)));
    var removed = a.as("Alex P.", () -> boards.open(group));
    assertThat(removed.standing()).isEqualTo(BoardStanding.REMOVED);
    assertThat(removed.posts()).isEmpty();

    a.as("Dana Lead", () -> doing(() -> moderation.setStanding(group, alex, BoardStanding.ACTIVE)));
    a.as("Alex P.", () -> boards.post(group, null, "Thank you"));
    assertThat(a.as("Ada Admin", () -> audit.eventsFor(alex)))
        .extracting(AuditEvent::getAction)
        .contains(
            AuditAction.BOARD_MEMBER_MUTED,
            AuditAction.BOARD_MEMBER_REMOVED,
            AuditAction.BOARD_MEMBER_RESTORED);
    assertThatThrownBy(
            () ->
                a.as(
                    "Blake R.",
                    () -> doing(() -> moderation.setStanding(group, alex, BoardStanding.MUTED))))
        .isInstanceOf(ForbiddenException.class);
  }

  /**
   * One daily run over two clinics: A keeps posts 180 days (the default), B 365. A 200-day-old
   * thread goes in A with its newer reply, stays in B; a 400-day-old post goes in B.
   */
  @Test
  void theDailyUpkeepDeletesEachClinicsPostsOlderThanItKeepsThem() {
    accept("Alex P.", "Blake R.");
    UUID oldA = a.as("Alex P.", () -> boards.post(group, null, "Long ago"));
    UUID replyA = a.as("Blake R.", () -> boards.post(group, oldA, "A reply today"));
    UUID newA = a.as("Alex P.", () -> boards.post(group, null, "Today"));
    var b =
        clinicB()
            .withAdmin("Bo Admin")
            .withClinician("Bo Lead")
            .withClients("Bea B.")
            .withPortalAccounts("Bea B.")
            .withGroup(aGroup().named("B's group"), "Bo Lead")
            .enrolling("Bea B.")
            .build();
    UUID groupB = b.group("B's group").getId();
    b.as(
        "Bo Admin",
        () -> rules.save(new BoardSettings(BoardSettings.DEFAULT_CODE_OF_CONDUCT, 0, false, 365)));
    b.as("Bea B.", () -> acceptCurrent());
    UUID keptB = b.as("Bea B.", () -> boards.post(groupB, null, "200 days ago"));
    UUID goneB = b.as("Bea B.", () -> boards.post(groupB, null, "400 days ago"));
    var rowsOfB = new ClinicRows(dataSource, clinics.clinicB());
    postedDaysAgo(rowsOfClinicA(), oldA, 200);
    postedDaysAgo(rowsOfB, keptB, 200);
    postedDaysAgo(rowsOfB, goneB, 400);

    upkeep.daily(Instant.now());

    assertThat(a.as("Dana Lead", () -> boards.open(group)).posts())
        .extracting(BoardPostLine::id)
        .containsExactly(newA)
        .doesNotContain(replyA);
    assertThat(b.as("Bo Lead", () -> boards.open(groupB)).posts())
        .extracting(BoardPostLine::id)
        .containsExactly(keptB);
    assertThat(a.as("Ada Admin", () -> audit.eventsFor(clinics.clinicA())))
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.BOARD_POSTS_EXPIRED);
  }

  private static void postedDaysAgo(ClinicRows rows, UUID post, int days) {
    assertThat(
            rows.update(
                "update board_post set posted_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(days))),
                post))
        .isOne();
  }

  private void accept(String... members) {
    for (String member : members) {
      a.as(member, this::acceptCurrent);
    }
  }

  private Void acceptCurrent() {
    rules.acceptCodeOfConduct(rules.settings().conductVersion());
    return null;
  }

  private static Void doing(Runnable step) {
    step.run();
    return null;
  }
}
