package org.aftercare.mentoring;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.Modality;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Peer mentors and their mentees: one current mentor per client with the past kept, caseloads
 * capped, suggestions ranked, and the contact log written only by the client's current mentor.
 */
class MentoringIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject Mentoring mentoring;
  @Inject AccountService accounts;
  @Inject GroupService groups;
  @Inject Enrollments enrollments;
  @Inject ClinicThreads threads;

  private LocalDate today;
  private Account morgan;
  private Account nico;
  private Account dana;
  private Client alex;
  private Client blake;

  @BeforeEach
  void clinicWithTwoMentorsAClinicianAndTwoClients() {
    today = LocalDate.now(CHICAGO);
    Scenario a =
        clinicA()
            .withMentor("Morgan M.", "Nico N.")
            .withClinician("Dana Lead")
            .withClients("Alex P.", "Blake R.")
            .build();
    morgan = a.staff("Morgan M.");
    nico = a.staff("Nico N.");
    dana = a.staff("Dana Lead");
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
  }

  @Test
  void assignedMentorIsTheClientsCurrentMentor() {
    assign(alex, morgan);

    assertThat(current(alex)).map(MentorAssignment::getMentorId).contains(morgan.getId());
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(morgan.getId())))
        .containsExactly(alex.getId());
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(nico.getId()))).isEmpty();
  }

  @Test
  void transferEndsTheFormerAssignmentAndKeepsItInTheHistory() {
    assign(alex, morgan);

    assign(alex, nico);

    assertThat(current(alex)).map(MentorAssignment::getMentorId).contains(nico.getId());
    assertThat(clinics.asClinicA(() -> mentoring.historyOf(alex.getId())))
        .extracting(
            MentorAssignment::getMentorId,
            assignment -> assignment.endedAt().isPresent(),
            assignment -> assignment.endReason().orElse(null))
        .containsExactly(
            tuple(nico.getId(), false, null),
            tuple(morgan.getId(), true, "Transferred to Nico N."));
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(morgan.getId()))).isEmpty();
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(nico.getId())))
        .containsExactly(alex.getId());
  }

  @Test
  void fullCaseloadIsRefusedNamingTheMentorUntilAPlaceFrees() {
    capacity(morgan, 1);
    assign(alex, morgan);

    assertRefusedNaming("mentor", () -> assign(blake, morgan));
    assertThat(current(blake)).isEmpty();

    end(alex, "Moved away");
    assign(blake, morgan);
    assertThat(current(blake)).map(MentorAssignment::getMentorId).contains(morgan.getId());
  }

  /** Two clinicians at once; repeated, because the two requests may or may not overlap. */
  @RepeatedTest(3)
  void lastPlaceInACaseloadGoesToOneOfTwoClientsAssignedAtOnce() throws Exception {
    capacity(morgan, 1);

    var outcomes = AtOnce.outcomesOf(List.of(assigning(alex, morgan), assigning(blake, morgan)));

    assertThat(outcomes).filteredOn(MentorAssignment.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(RuntimeException.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.field()).isEqualTo("mentor"));
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(morgan.getId()))).hasSize(1);
  }

  /** A double click, or two clinicians at once: the client ends with one current mentor. */
  @RepeatedTest(3)
  void twoAssignmentsAtOnceLeaveTheClientOneCurrentMentor() throws Exception {
    var outcomes = AtOnce.outcomesOf(List.of(assigning(alex, morgan), assigning(alex, nico)));

    assertThat(outcomes)
        .allSatisfy(assigned -> assertThat(assigned).isInstanceOf(MentorAssignment.class));
    assertThat(clinics.asClinicA(() -> mentoring.historyOf(alex.getId())))
        .extracting(assignment -> assignment.endedAt().isPresent())
        .containsExactly(false, true);
  }

  @Test
  void onlyActivePeerMentorsAreAssigned() {
    assertRefusedNaming("mentor", () -> assign(alex, dana));

    assertThat(current(alex)).isEmpty();
  }

  @Test
  void onlyClinicAdminsChangeACaseloadCapacity() {
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () ->
                        fixtures.as(
                            morgan.getId(),
                            () -> mentoring.changeCaseloadCapacity(morgan.getId(), 20))))
        .isInstanceOf(ForbiddenException.class);

    assertThat(clinics.asClinicA(() -> accounts.find(morgan.getId())).orElseThrow())
        .extracting(Account::getCaseloadCapacity)
        .isEqualTo(10);
  }

  @Test
  void endedAssignmentLeavesTheClientWithoutAMentorAndInTheHistory() {
    assign(alex, morgan);

    end(alex, "  Finished the programme ");

    assertThat(current(alex)).isEmpty();
    assertThat(clinics.asClinicA(() -> mentoring.historyOf(alex.getId())))
        .singleElement()
        .satisfies(
            assignment -> assertThat(assignment.endReason()).contains("Finished the programme"));
    assertThatThrownBy(() -> end(alex, "Twice")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void suggestionsPutSharedModalityFirstThenFreePlacesAndLeaveOutFullMentors() {
    var quinn = clinics.asClinicA(() -> fixtures.mentor("Quinn Q."));
    var parker = clinics.asClinicA(() -> fixtures.mentor("Parker P."));
    clinics.asClinicA(
        () -> {
          var smart =
              groups.create(
                  aGroup().ofKind(Modality.SMART_RECOVERY).build(),
                  Set.of(dana.getId(), quinn.getId()));
          groups.create(
              aGroup().ofKind(Modality.TWELVE_STEP).named("Parker's group").build(),
              Set.of(parker.getId()));
          return enrollments.enrol(smart.getId(), alex.getId(), false);
        });
    capacity(parker, 1);
    menteesFor(parker, 1);
    menteesFor(quinn, 3);
    menteesFor(nico, 1);

    var suggestions = clinics.asClinicA(() -> mentoring.suggestionsFor(alex.getId()));

    assertThat(suggestions)
        .extracting(
            suggestion -> suggestion.mentor().getDisplayName(),
            Mentoring.Suggestion::freePlaces,
            Mentoring.Suggestion::sharesModality)
        .containsExactly(
            tuple("Quinn Q.", 7, true), tuple("Morgan M.", 10, false), tuple("Nico N.", 9, false));
  }

  @Test
  void onlyTheCurrentMentorWritesTheContactLog() {
    assign(alex, morgan);
    var call = new ContactLog(today, ContactChannel.PHONE, "Talked about the weekend", null);

    var logged =
        clinics.asClinicA(() -> mentoring.logContact(morgan.getId(), alex.getId(), call, today));
    assertThatThrownBy(() -> logContact(nico, alex, call)).isInstanceOf(ForbiddenException.class);
    assign(alex, nico);
    assertThatThrownBy(() -> logContact(morgan, alex, call)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () -> {
                      mentoring.followedUp(morgan.getId(), logged.getId());
                      return null;
                    }))
        .isInstanceOf(ForbiddenException.class);
    logContact(nico, alex, new ContactLog(today, ContactChannel.TEXT, null, null));

    assertThat(clinics.asClinicA(() -> mentoring.contactsOf(alex.getId())))
        .extracting(MentorContact::getChannel)
        .containsExactlyInAnyOrder(ContactChannel.PHONE, ContactChannel.TEXT);
  }

  @Test
  void contactLogRefusesFutureContactsAndFollowUpsBeforeThem() {
    assign(alex, morgan);

    assertRefusedNaming(
        "date",
        () ->
            logContact(
                morgan, alex, new ContactLog(today.plusDays(1), ContactChannel.PHONE, null, null)));
    assertRefusedNaming(
        "followUp",
        () ->
            logContact(
                morgan,
                alex,
                new ContactLog(today, ContactChannel.PHONE, null, today.minusDays(1))));
    assertRefusedNaming(
        "channel", () -> logContact(morgan, alex, new ContactLog(today, null, null, null)));

    assertThat(clinics.asClinicA(() -> mentoring.contactsOf(alex.getId()))).isEmpty();
  }

  @Test
  void dueFollowUpsAreTheCurrentMenteesOnlyAndGoWhenDone() {
    assign(alex, morgan);
    assign(blake, morgan);
    var alexs =
        logContact(
            morgan,
            alex,
            new ContactLog(today.minusDays(3), ContactChannel.VIDEO, "Check in on job", today));
    var blakes =
        logContact(
            morgan,
            blake,
            new ContactLog(today, ContactChannel.PHONE, "Week two", today.plusDays(3)));

    assertThat(dueFollowUps(morgan, today))
        .extracting(MentorContact::getId)
        .containsExactly(alexs.getId());
    assertThat(dueFollowUps(morgan, today.plusDays(3)))
        .extracting(MentorContact::getId)
        .containsExactly(alexs.getId(), blakes.getId());

    assign(alex, nico);
    clinics.asClinicA(
        () -> {
          mentoring.followedUp(morgan.getId(), blakes.getId());
          return null;
        });

    assertThat(dueFollowUps(morgan, today.plusDays(3))).isEmpty();
    assertThat(dueFollowUps(nico, today.plusDays(3))).isEmpty();
  }

  private void assign(Client client, Account mentor) {
    clinics.asClinicA(() -> mentoring.assign(client.getId(), mentor.getId()));
  }

  private Callable<?> assigning(Client client, Account mentor) {
    return () ->
        threads.callAs(clinics.clinicA(), () -> mentoring.assign(client.getId(), mentor.getId()));
  }

  private void end(Client client, String reason) {
    clinics.asClinicA(
        () -> {
          mentoring.end(client.getId(), reason);
          return null;
        });
  }

  private Optional<MentorAssignment> current(Client client) {
    return clinics.asClinicA(() -> mentoring.currentOf(client.getId()));
  }

  private MentorContact logContact(Account mentor, Client client, ContactLog entry) {
    return clinics.asClinicA(
        () -> mentoring.logContact(mentor.getId(), client.getId(), entry, today));
  }

  private List<MentorContact> dueFollowUps(Account mentor, LocalDate day) {
    return clinics.asClinicA(() -> mentoring.dueFollowUps(mentor.getId(), day));
  }

  /** What a clinic admin sets on the staff page, which a test cannot sign in to do. */
  private void capacity(Account mentor, int mentees) {
    rowsOfClinicA()
        .update("update account set caseload_capacity = ? where id = ?", mentees, mentor.getId());
  }

  private void menteesFor(Account mentor, int count) {
    IntStream.range(0, count)
        .forEach(
            i ->
                assign(
                    clinics.asClinicA(
                        () -> fixtures.client("Mentee " + i + " of " + mentor.getDisplayName())),
                    mentor));
  }
}
