package org.aftercare.coping;

import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coping plan is the client's own: they write and read it, and no one else does — not their
 * clinician, not their mentor, not another client, not the portal's own work. Parts have length
 * limits, refused at the field that broke them with nothing saved.
 */
class CopingPlansIT extends DeployedDomain {

  private static final CopingPlanContents ALEX_PLAN =
      new CopingPlanContents(
          "Payday, the bar on my way home",
          "Skipping meals, not answering texts",
          "A walk by the river, calling my sister",
          List.of(
              new PersonToCall("Sam (sponsor)", "+1 312 555 0100"),
              new PersonToCall(" Mia ", "(312) 555-0199")),
          "My daughter; waking up clear");

  @Inject CopingPlans plans;

  private Scenario a;

  @BeforeEach
  void clinicWithAClientHerMentorAndAnotherClient() {
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withMentor("Morgan Mentor")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withMentee("Alex P.", "Morgan Mentor")
            .build();
  }

  @Test
  void theClientWritesTheirPlanAndReadsItBack() {
    var before = a.as("Alex P.", () -> plans.mine());

    a.as("Alex P.", () -> plans.save(ALEX_PLAN));

    assertThat(before.isEmpty()).isTrue();
    var saved = a.as("Alex P.", () -> plans.mine());
    assertThat(saved).isEqualTo(ALEX_PLAN);
    assertThat(saved.peopleToCall())
        .containsExactly(
            new PersonToCall("Sam (sponsor)", "+1 312 555 0100"),
            new PersonToCall("Mia", "(312) 555-0199"));
  }

  @Test
  void savingAgainReplacesThePlanAndItsPeople() {
    a.as("Alex P.", () -> plans.save(ALEX_PLAN));

    var shorter =
        new CopingPlanContents(
            null, "  ", "Calling Mia", List.of(new PersonToCall("Mia", "312 555 0199")), null);
    a.as("Alex P.", () -> plans.save(shorter));

    assertThat(a.as("Alex P.", () -> plans.mine())).isEqualTo(shorter);
    assertThat(a.as("Alex P.", () -> plans.mine()).warningSigns()).isNull();
    assertThat(
            rowsOfClinicA()
                .count(
                    "select count(*) from coping_plan_person p join coping_plan c on c.id = p.plan_id"
                        + " where c.client_id = ?",
                    a.client("Alex P.").getId()))
        .isOne();
  }

  @Test
  void noOneButTheClientReadsOrWritesThePlan() {
    a.as("Alex P.", () -> plans.save(ALEX_PLAN));

    for (String someoneElse : List.of("Dana Lead", "Morgan Mentor")) {
      assertThatThrownBy(() -> a.as(someoneElse, () -> plans.mine()))
          .as(someoneElse + " reading")
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> a.as(someoneElse, () -> plans.openInAHardMoment()))
          .as(someoneElse + " opening")
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> a.as(someoneElse, () -> plans.save(CopingPlanContents.EMPTY)))
          .as(someoneElse + " writing")
          .isInstanceOf(ForbiddenException.class);
    }
    assertThatThrownBy(() -> a.call(() -> plans.mine()))
        .as("the portal's own work")
        .isInstanceOf(ForbiddenException.class);
    assertThat(a.as("Blake R.", () -> plans.mine()).isEmpty()).as("another client").isTrue();

    a.as("Blake R.", () -> plans.save(CopingPlanContents.EMPTY));

    assertThat(a.as("Alex P.", () -> plans.mine())).isEqualTo(ALEX_PLAN);
  }

  @Test
  void limitsAreRefusedAtTheirFieldAndNothingIsSaved() {
    String tooLong = "x".repeat(CopingPlanContents.TEXT_MAX + 1);
    var sam = new PersonToCall("Sam", "+1 312 555 0100");

    assertRefusedNaming(
        "triggers", () -> save(new CopingPlanContents(tooLong, null, null, null, null)));
    assertRefusedNaming(
        "reasons", () -> save(new CopingPlanContents(null, null, null, null, tooLong)));
    assertRefusedNaming(
        "personPhone1", () -> save(withPeople(sam, new PersonToCall("Mia", "call me maybe"))));
    assertRefusedNaming(
        "personName0", () -> save(withPeople(new PersonToCall(" ", "312 555 0199"))));
    assertRefusedNaming("personPhone0", () -> save(withPeople(new PersonToCall("Mia", "12345"))));
    assertRefusedNaming("peopleToCall", () -> save(withPeople(sam, sam, sam, sam, sam, sam)));

    assertThat(a.as("Alex P.", () -> plans.mine()).isEmpty()).isTrue();
    save(new CopingPlanContents("x".repeat(CopingPlanContents.TEXT_MAX), null, null, null, null));
    assertThat(a.as("Alex P.", () -> plans.mine()).triggers()).hasSize(CopingPlanContents.TEXT_MAX);
  }

  @Test
  void openingThePlanInAHardMomentCountsAsAUseButEditingDoesNot() {
    a.as("Alex P.", () -> plans.save(ALEX_PLAN));
    a.as("Alex P.", () -> plans.mine());

    var opened = a.as("Alex P.", () -> plans.openInAHardMoment());
    var noPlanYet = a.as("Blake R.", () -> plans.openInAHardMoment());

    assertThat(opened).isEqualTo(ALEX_PLAN);
    assertThat(
            rowsOfClinicA()
                .count(
                    "select coalesce(sum(uses), 0) from coping_tool_use where client_id = ?"
                        + " and tool = 'COPING_PLAN'",
                    a.client("Alex P.").getId()))
        .isOne();
    assertThat(noPlanYet.isEmpty()).isTrue();
    assertThat(
            rowsOfClinicA()
                .count(
                    "select count(*) from coping_tool_use where client_id = ?",
                    a.client("Blake R.").getId()))
        .as("no plan, nothing used")
        .isZero();
  }

  private void save(CopingPlanContents contents) {
    a.as("Alex P.", () -> plans.save(contents));
  }

  private static CopingPlanContents withPeople(PersonToCall... people) {
    return new CopingPlanContents(null, null, null, List.of(people), null);
  }
}
