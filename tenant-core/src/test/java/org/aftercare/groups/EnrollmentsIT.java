package org.aftercare.groups;

import static org.aftercare.groups.EnrollmentStatus.ENROLLED;
import static org.aftercare.groups.EnrollmentStatus.OFFERED;
import static org.aftercare.groups.EnrollmentStatus.OFFER_EXPIRED;
import static org.aftercare.groups.EnrollmentStatus.WAITLISTED;
import static org.aftercare.groups.EnrollmentStatus.WITHDRAWN;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.shared.ConflictException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.GroupBuilder;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seats, the waitlist, timed offers of freed seats, closed cohorts and the history left behind. */
class EnrollmentsIT extends DeployedDomain {

  /** {@code aftercare.groups.offer-hours} as deployed for the tests (its default). */
  private static final Duration OFFER_TIME = Duration.ofHours(48);

  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;

  private UUID dana;
  private List<Client> people;

  @BeforeEach
  void registerClinicWithFacilitatorAndFiveClients() {
    Scenario a =
        clinicA()
            .withClinician("Dana Lead")
            .withClients("Alex P.", "Blake R.", "Casey S.", "Drew T.", "Emery U.")
            .build();
    dana = a.staffId("Dana Lead");
    people = a.clients();
  }

  @Test
  void fourthClientWaitsWhenTheThreeSeatsAreTaken() {
    var group = create(aGroup().withCapacity(3));

    var placed = people.subList(0, 4).stream().map(client -> enrol(group, client)).toList();

    assertThat(placed)
        .extracting(Enrollment::getStatus)
        .containsExactly(ENROLLED, ENROLLED, ENROLLED, WAITLISTED);
    assertThat(clinics.asClinicA(() -> enrollments.ofGroup(group.getId())))
        .extracting(Enrollment::getStatus)
        .containsExactly(ENROLLED, ENROLLED, ENROLLED, WAITLISTED);
  }

  @Test
  void withdrawalOffersTheFreedSeatToTheFirstInLineUntilItExpires() {
    var group = create(aGroup().withCapacity(3));
    var placed = people.stream().map(client -> enrol(group, client)).toList();
    Instant before = Instant.now();

    withdraw(placed.get(0), "Moved to another state");

    Instant after = Instant.now();
    Enrollment offered = reread(placed.get(3));
    assertThat(offered.getStatus()).isEqualTo(OFFERED);
    assertThat(offered.offerExpiresAt())
        .hasValueSatisfying(
            expiry ->
                assertThat(expiry).isBetween(before.plus(OFFER_TIME), after.plus(OFFER_TIME)));
    assertThat(reread(placed.get(4)).getStatus()).isEqualTo(WAITLISTED);

    clinics.asClinicA(() -> enrollments.acceptOffer(offered.getId()));

    assertThat(reread(placed.get(3)).getStatus()).isEqualTo(ENROLLED);
    assertThat(reread(placed.get(3)).offerExpiresAt()).isEmpty();
    assertThat(reread(placed.get(4)).getStatus()).isEqualTo(WAITLISTED);
  }

  @Test
  void offerNotTakenInTimeExpiresAndPassesToTheNextInLine() {
    var group = create(aGroup().withCapacity(3));
    var placed = people.stream().map(client -> enrol(group, client)).toList();
    withdraw(placed.get(0), null);
    Instant expiry = reread(placed.get(3)).offerExpiresAt().orElseThrow();

    assertThat(expireOffers(expiry.minusSeconds(60))).isZero();
    assertThat(reread(placed.get(3)).getStatus()).isEqualTo(OFFERED);

    assertThat(expireOffers(expiry.plusSeconds(60))).isEqualTo(1);

    assertThat(reread(placed.get(3)).getStatus()).isEqualTo(OFFER_EXPIRED);
    assertThat(reread(placed.get(4)).getStatus()).isEqualTo(OFFERED);
    assertThat(reread(placed.get(4)).offerExpiresAt()).isPresent();
    assertThatThrownBy(
            () -> clinics.asClinicA(() -> enrollments.acceptOffer(placed.get(3).getId())))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void closedGroupTakesNewcomersAfterItsFirstSessionOnlyByOverride() {
    var group = create(aGroup().closed());
    assertThat(enrol(group, people.get(0)).getStatus()).isEqualTo(ENROLLED);
    firstSessionAlreadyHeld(group);

    assertRefusedNaming(
        "client",
        () ->
            clinics.asClinicA(
                () -> enrollments.enrol(group.getId(), people.get(1).getId(), false)));

    var overridden =
        clinics.asClinicA(() -> enrollments.enrol(group.getId(), people.get(1).getId(), true));
    assertThat(overridden.getStatus()).isEqualTo(ENROLLED);
  }

  @Test
  void withdrawnPlacesStayInTheGroupsHistory() {
    var group = create(aGroup().withCapacity(3));
    var leaving = enrol(group, people.get(0));
    enrol(group, people.get(1));

    withdraw(leaving, "Finished the programme");
    var returning = enrol(group, people.get(0));

    assertThat(clinics.asClinicA(() -> enrollments.ofGroup(group.getId())))
        .extracting(e -> e.getClient().getDisplayName(), Enrollment::getStatus)
        .containsExactly(
            tuple("Blake R.", ENROLLED), tuple("Alex P.", ENROLLED), tuple("Alex P.", WITHDRAWN));
    Enrollment past = reread(leaving);
    assertThat(past.endReason()).contains("Finished the programme");
    assertThat(past.endedAt()).isPresent();
    assertThat(returning.getId()).isNotEqualTo(leaving.getId());
    assertThatThrownBy(() -> withdraw(leaving, "Twice")).isInstanceOf(ConflictException.class);
  }

  /** Makes the first session one that took place an hour ago, which no service can make. */
  private void firstSessionAlreadyHeld(RecoveryGroup group) {
    GroupSession first =
        clinics.asClinicA(() -> sessions.ofGroup(group.getId(), Instant.now(), 1)).getFirst();
    int changed =
        rowsOfClinicA()
            .update(
                "update group_session set starts_at = now() - interval '2 hours',"
                    + " ends_at = now() - interval '1 hour' where id = ?",
                first.getId());
    assertThat(changed).isEqualTo(1);
  }

  private RecoveryGroup create(GroupBuilder group) {
    return clinics.asClinicA(() -> groups.create(group.build(), Set.of(dana)));
  }

  private Enrollment enrol(RecoveryGroup group, Client client) {
    return clinics.asClinicA(() -> enrollments.enrol(group.getId(), client.getId(), false));
  }

  private Enrollment withdraw(Enrollment enrollment, String reason) {
    return clinics.asClinicA(() -> enrollments.withdraw(enrollment.getId(), reason));
  }

  private int expireOffers(Instant now) {
    return clinics.asClinicA(() -> enrollments.expireOffers(now));
  }

  private Enrollment reread(Enrollment enrollment) {
    return clinics.asClinicA(() -> enrollments.find(enrollment.getId())).orElseThrow();
  }
}
