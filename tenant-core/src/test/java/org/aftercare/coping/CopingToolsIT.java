package org.aftercare.coping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coping tools count their use per tool and clinic day. The counts reach the client's clinician and
 * current mentor only while the client allows it: off until turned on, hidden again when turned
 * off; a mentor of other clients never sees them.
 */
class CopingToolsIT extends DeployedDomain {

  /** Clinic A's zone, in which its days begin and end. */
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject CopingTools tools;

  private Scenario a;
  private UUID alex;

  @BeforeEach
  void clinicWithAClientHerMentorAndAnotherMentor() {
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withMentor("Morgan Mentor", "Nico Other")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withMentee("Alex P.", "Morgan Mentor")
            .withMentee("Blake R.", "Nico Other")
            .build();
    alex = a.client("Alex P.").getId();
  }

  @Test
  void usesAreCountedPerToolPerClinicDay() {
    use(CopingTool.BREATHING);
    use(CopingTool.BREATHING);
    use(CopingTool.URGE_SURFING);
    a.as("Alex P.", () -> tools.haltCheck(Set.of(HaltNeed.TIRED)));

    assertThat(
            rowsOfClinicA()
                .count(
                    "select count(*) from coping_tool_use where client_id = ? and day = ?",
                    alex,
                    java.sql.Date.valueOf(LocalDate.now(CHICAGO))))
        .as("one row per tool for today")
        .isEqualTo(3);
    assertThat(
            rowsOfClinicA()
                .count(
                    "select uses from coping_tool_use where client_id = ? and tool = 'BREATHING'",
                    alex))
        .isEqualTo(2);
  }

  @Test
  void countsStayHiddenFromStaffUntilTheClientAllowsThem() {
    use(CopingTool.BREATHING);
    use(CopingTool.BREATHING);
    a.as("Alex P.", () -> tools.haltCheck(Set.of()));

    var beforeAllowing = a.as("Dana Lead", () -> tools.useCountsOf(alex));
    boolean sharedByDefault = a.as("Alex P.", () -> tools.sharesUseCounts());
    share(true);
    var clinicianSees = a.as("Dana Lead", () -> tools.useCountsOf(alex));
    var mentorSees = a.as("Morgan Mentor", () -> tools.useCountsOf(alex));
    share(false);
    var afterWithdrawing = a.as("Morgan Mentor", () -> tools.useCountsOf(alex));

    assertThat(sharedByDefault).isFalse();
    assertThat(beforeAllowing).isEmpty();
    assertThat(clinicianSees)
        .hasValueSatisfying(
            counts ->
                assertThat(counts.totals())
                    .isEqualTo(Map.of(CopingTool.BREATHING, 2, CopingTool.HALT_CHECK, 1)));
    assertThat(clinicianSees.orElseThrow().days())
        .allSatisfy(day -> assertThat(day.day()).isEqualTo(LocalDate.now(CHICAGO)));
    assertThat(mentorSees).isEqualTo(clinicianSees);
    assertThat(afterWithdrawing).isEmpty();
  }

  @Test
  void aMentorOfOtherClientsCannotSeeTheCountsEvenWhenShared() {
    use(CopingTool.URGE_SURFING);
    share(true);

    assertThatThrownBy(() -> a.as("Nico Other", () -> tools.useCountsOf(alex)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> tools.useCountsOf(alex)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void eachClientsToggleIsTheirOwn() {
    a.as(
        "Blake R.",
        () -> {
          tools.recordUse(CopingTool.BREATHING);
          return null;
        });
    share(true);

    assertThat(a.as("Blake R.", () -> tools.sharesUseCounts())).isFalse();
    assertThat(a.as("Dana Lead", () -> tools.useCountsOf(a.client("Blake R.").getId()))).isEmpty();
    assertThatThrownBy(() -> a.as("Dana Lead", () -> tools.sharesUseCounts()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void theHaltCheckAnswersWhatWasTicked() {
    var suggestions =
        a.as("Alex P.", () -> tools.haltCheck(Set.of(HaltNeed.TIRED, HaltNeed.HUNGRY)));

    assertThat(suggestions)
        .containsSubsequence(HaltNeed.HUNGRY.suggestions())
        .containsSubsequence(HaltNeed.TIRED.suggestions())
        .doesNotContainAnyElementsOf(HaltNeed.LONELY.suggestions());
    assertThat(suggestions.getFirst()).isEqualTo(HaltNeed.HUNGRY.suggestions().getFirst());
  }

  private void use(CopingTool tool) {
    a.as(
        "Alex P.",
        () -> {
          tools.recordUse(tool);
          return null;
        });
  }

  private void share(boolean shared) {
    a.as(
        "Alex P.",
        () -> {
          tools.shareUseCounts(shared);
          return null;
        });
  }
}
