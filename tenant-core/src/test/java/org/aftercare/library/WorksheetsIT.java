package org.aftercare.library;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftercare.groups.Modality;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worksheet the clinic defines is filled in by the clients it is assigned to: a draft is theirs
 * alone; once sent, the answers reach their clinicians and the facilitators of their group, and
 * each reading is audited. A mentor who does not facilitate the group, another client and the
 * clinic admin read nothing.
 */
class WorksheetsIT extends DeployedDomain {

  @Inject Library library;
  @Inject Worksheets worksheets;
  @Inject WorksheetExamples examples;

  private Scenario a;
  private String group;

  @BeforeEach
  void clinicWithAGroupItsFacilitatorAnotherMentorAndTwoClients() {
    group = "Tuesday SMART " + UUID.randomUUID();
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withAdmin("Ada Admin")
            .withMentor("Morgan Mentor", "Robin Mentor")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withGroup(aGroup().named(group).ofKind(Modality.SMART_RECOVERY), "Morgan Mentor")
            .enrolling("Alex P.")
            .build();
  }

  @Test
  void sentAnswersReachTheClinicianAndTheFacilitatorAndNoOneElse() {
    UUID sheet = assignedToTheGroup(WorksheetExamples.ABC_WORKSHEET);

    a.as("Alex P.", () -> done(() -> worksheets.saveDraft(sheet, List.of("A bad day at work"))));

    assertThat(a.as("Dana Lead", () -> worksheets.answersTo(sheet))).as("a draft").isEmpty();
    assertThat(a.as("Alex P.", () -> worksheets.open(sheet)))
        .satisfies(
            form -> {
              assertThat(form.state()).isEqualTo(WorksheetState.DRAFT);
              assertThat(form.answers().getFirst()).isEqualTo("A bad day at work");
              assertThat(form.fields()).hasSize(5);
            });

    a.as(
        "Alex P.",
        () ->
            done(
                () ->
                    worksheets.submit(
                        sheet,
                        List.of(
                            "A bad day at work",
                            "I deserve a drink",
                            "Craving, went for a walk",
                            "",
                            "A walk helps more"))));

    for (String reader : List.of("Dana Lead", "Morgan Mentor")) {
      assertThat(a.as(reader, () -> worksheets.answersTo(sheet)))
          .as(reader)
          .singleElement()
          .satisfies(
              answers -> {
                assertThat(answers.clientName()).isEqualTo("Alex P.");
                assertThat(answers.answers())
                    .extracting(WorksheetAnswers.FieldAnswer::answer)
                    .containsExactly(
                        "A bad day at work",
                        "I deserve a drink",
                        "Craving, went for a walk",
                        null,
                        "A walk helps more");
              });
    }
    assertThat(a.as("Robin Mentor", () -> worksheets.answersTo(sheet)))
        .as("a mentor who does not facilitate the group")
        .isEmpty();
    assertThatThrownBy(() -> a.as("Ada Admin", () -> worksheets.answersTo(sheet)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> worksheets.open(sheet)))
        .as("a client of another group")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> worksheets.answersTo(sheet)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(
            rowsOfClinicA()
                .count(
                    "select count(*) from audit_event where action = 'WORKSHEET_ANSWERS_VIEWED'"
                        + " and object_id = ?",
                    a.client("Alex P.").getId().toString()))
        .isEqualTo(2);
  }

  @Test
  void aSentWorksheetIsFinalAndAnEmptyOneIsNotSent() {
    UUID sheet = assignedToTheGroup(WorksheetExamples.COST_BENEFIT_ANALYSIS);

    assertRefusedNaming(
        "answer0", () -> a.as("Alex P.", () -> done(() -> worksheets.submit(sheet, List.of()))));
    a.as("Alex P.", () -> done(() -> worksheets.submit(sheet, List.of("Relief, for an hour"))));

    assertRefusedNaming(
        "answer0",
        () -> a.as("Alex P.", () -> done(() -> worksheets.saveDraft(sheet, List.of("Changed")))));
    assertThat(a.as("Alex P.", () -> worksheets.open(sheet)).isSubmitted()).isTrue();
    assertThat(a.as("Alex P.", () -> library.forMe()))
        .filteredOn(forYou -> forYou.resource().id().equals(sheet))
        .singleElement()
        .satisfies(forYou -> assertThat(forYou.worksheet()).isEqualTo(WorksheetState.SUBMITTED));
  }

  @Test
  void numbersAndChoicesAreCheckedAtTheirField() {
    var details =
        new ResourceDetails(
            ResourceKind.WORKSHEET,
            "Check-in sheet " + UUID.randomUUID(),
            null,
            null,
            null,
            Set.of(),
            List.of(),
            false,
            List.of(
                new WorksheetField("Craving", "0 none, 10 the worst", FieldKind.SCALE, null),
                new WorksheetField("Mood", null, FieldKind.CHOICE, List.of("Low", "OK", "Good"))));
    UUID sheet = a.as("Dana Lead", () -> library.add(details, null));
    a.as("Dana Lead", () -> library.assignToClient(sheet, a.client("Blake R.").getId()));

    assertRefusedNaming(
        "answer0",
        () -> a.as("Blake R.", () -> done(() -> worksheets.saveDraft(sheet, List.of("11")))));
    assertRefusedNaming(
        "answer1",
        () -> a.as("Blake R.", () -> done(() -> worksheets.saveDraft(sheet, List.of("3", "Meh")))));
    a.as("Blake R.", () -> done(() -> worksheets.submit(sheet, List.of("3", "OK"))));
    // Begun by a client, the worksheet keeps its questions; its title may still change.
    var otherQuestions =
        new ResourceDetails(
            ResourceKind.WORKSHEET,
            details.title(),
            null,
            null,
            null,
            Set.of(),
            List.of(),
            false,
            List.of(new WorksheetField("Sleep", null, FieldKind.SCALE, null)));
    assertRefusedNaming(
        "fields",
        () -> a.as("Dana Lead", () -> done(() -> library.update(sheet, otherQuestions, null))));
    var renamed =
        new ResourceDetails(
            ResourceKind.WORKSHEET,
            "Renamed " + details.title(),
            null,
            null,
            null,
            Set.of(),
            List.of(),
            false,
            details.fields());
    a.as("Dana Lead", () -> done(() -> library.update(sheet, renamed, null)));

    assertThat(a.as("Dana Lead", () -> worksheets.answersTo(sheet)))
        .singleElement()
        .satisfies(
            answers ->
                assertThat(answers.answers())
                    .extracting(WorksheetAnswers.FieldAnswer::answer)
                    .containsExactly("3", "OK"));
    assertRefusedNaming(
        "fieldChoices0",
        () ->
            a.as(
                "Dana Lead",
                () ->
                    library.add(
                        new ResourceDetails(
                            ResourceKind.WORKSHEET,
                            "Bad sheet",
                            null,
                            null,
                            null,
                            Set.of(),
                            List.of(),
                            false,
                            List.of(
                                new WorksheetField(
                                    "Pick", null, FieldKind.CHOICE, List.of("One")))),
                        null)));
  }

  @Test
  void aClinicStartsWithTheCostBenefitAnalysisAndTheAbcWorksheet() {
    var before = a.call(() -> library.count(WorksheetExamples.ABC, false));

    a.call(
        () -> {
          examples.seed();
          return null;
        });

    assertThat(a.call(() -> library.count(WorksheetExamples.ABC, false))).isEqualTo(before + 1);
    UUID costBenefit =
        a.as("Dana Lead", () -> library.list(WorksheetExamples.COST_BENEFIT, false, 0, 1))
            .getFirst()
            .id();
    assertThat(a.as("Dana Lead", () -> library.details(costBenefit).fields()))
        .extracting(WorksheetField::title)
        .containsExactly(
            "Benefits of using", "Costs of using", "Benefits of not using", "Costs of not using");
  }

  private UUID assignedToTheGroup(ResourceDetails example) {
    var unique =
        new ResourceDetails(
            example.kind(),
            example.title() + " " + UUID.randomUUID(),
            example.description(),
            null,
            null,
            example.groupKinds(),
            example.topics(),
            false,
            example.fields());
    UUID sheet = a.as("Dana Lead", () -> library.add(unique, null));
    a.as("Dana Lead", () -> library.assignToGroup(sheet, a.group(group).getId()));
    return sheet;
  }

  private static Object done(Runnable command) {
    command.run();
    return null;
  }
}
