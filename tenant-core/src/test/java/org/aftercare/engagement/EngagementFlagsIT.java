package org.aftercare.engagement;

import static org.aftercare.attendance.AttendanceStatus.ABSENT;
import static org.aftercare.attendance.AttendanceStatus.EXCUSED;
import static org.aftercare.attendance.AttendanceStatus.PRESENT;
import static org.aftercare.engagement.FlagReason.GAD_7_WORSENED;
import static org.aftercare.engagement.FlagReason.HIGH_CRAVING;
import static org.aftercare.engagement.FlagReason.LOW_ATTENDANCE;
import static org.aftercare.engagement.FlagReason.MISSED_SESSIONS;
import static org.aftercare.engagement.FlagReason.NO_CHECK_IN;
import static org.aftercare.engagement.FlagReason.PHQ_9_WORSENED;
import static org.aftercare.engagement.FlagReason.REPORTED_USE;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.GroupSession;
import org.aftercare.identity.Account;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureAssignment;
import org.aftercare.measures.MeasureSchedule;
import org.aftercare.measures.Measures;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Who is slipping": each flag is raised while its condition holds and gone when it ends, and the
 * clinic's own thresholds decide where the line is.
 */
class EngagementFlagsIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** The thresholds a new clinic starts with: 2 missed, 3 quiet days, craving 8, 60 percent. */
  private static final EngagementSettings DEFAULTS =
      new EngagementSettings(2, 3, 8, 60, 15, null, null);

  @Inject EngagementFlags flags;
  @Inject AttendanceService attendance;
  @Inject CheckIns checkIns;
  @Inject ClinicSettingsService clinicSettings;
  @Inject TenantService tenants;
  @Inject Measures measures;

  private ClinicPast past;
  private LocalDate today;
  private Account dana;
  private Client alex;
  private List<GroupSession> upcoming;

  /** Alex has been in Dana's weekly group for seven weeks; its sessions are all still to come. */
  @BeforeEach
  void clientInADailyGroup() {
    past = pastOfClinicA();
    today = LocalDate.now(CHICAGO);
    Scenario a =
        clinicA()
            .withClinician("Dana Lead")
            .withClients("Alex P.")
            .withGroup(aGroup(), "Dana Lead")
            .enrolling("Alex P.")
            .build();
    dana = a.staff("Dana Lead");
    alex = a.client("Alex P.");
    past.enrolledSince(a.enrolment("Alex P."), Duration.ofDays(50));
    upcoming = a.upcomingSessions(a.group(), 10);
  }

  @Test
  void missedSessionsFlagClearsWhenTheClientAttendsAgain() {
    attended(held(0, 6), PRESENT);
    held(1, 4);
    attended(held(2, 2), ABSENT);

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), MISSED_SESSIONS, 2));

    attended(held(3, 1), PRESENT);

    assertThat(reasonsOf(alex)).doesNotContain(MISSED_SESSIONS);
  }

  @Test
  void missedInARowThresholdComesFromTheClinicsSettings() {
    attended(held(0, 3), PRESENT);
    attended(held(1, 1), ABSENT);
    assertThat(reasonsOf(alex)).doesNotContain(MISSED_SESSIONS);

    use(new EngagementSettings(1, 3, 8, 60, 15, null, null));

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), MISSED_SESSIONS, 1));
  }

  @Test
  void lowAttendanceNeedsThreeCountedSessionsBelowTheClinicsPercent() {
    attended(held(0, 5), PRESENT);
    attended(held(1, 4), ABSENT);
    attended(held(2, 3), EXCUSED);
    assertThat(reasonsOf(alex)).doesNotContain(LOW_ATTENDANCE);

    attended(held(3, 2), PRESENT);
    assertThat(reasonsOf(alex)).doesNotContain(LOW_ATTENDANCE);

    use(new EngagementSettings(2, 3, 8, 70, 15, null, null));

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), LOW_ATTENDANCE, 66));
  }

  @Test
  void cancelledSessionsAndSessionsBeforeTheLastThirtyDaysDoNotCount() {
    attended(held(0, 40), ABSENT);
    attended(held(1, 35), ABSENT);
    attended(held(2, 33), ABSENT);
    past.cancelled(held(3, 2));
    past.cancelled(held(4, 1));

    assertThat(reasonsOf(alex)).doesNotContain(MISSED_SESSIONS, LOW_ATTENDANCE);
  }

  @Test
  void noCheckInFlagsQuietPortalClientsAndClearsWithACheckIn() {
    var blake = clinics.asClinicA(() -> fixtures.client("Blake R."));
    var casey = clinics.asClinicA(() -> fixtures.client("Casey S."));
    var drew = clinics.asClinicA(() -> fixtures.client("Drew T."));
    past.accountOpened(portalAccount(alex), Duration.ofDays(10));
    past.checkedIn(alex, today.minusDays(4), 2, false);
    past.checkedIn(blake, today.minusDays(4), 2, false);
    portalAccount(casey);
    past.accountOpened(portalAccount(drew), Duration.ofDays(6));

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), NO_CHECK_IN, 4));
    assertThat(reasonsOf(blake)).doesNotContain(NO_CHECK_IN);
    assertThat(reasonsOf(casey)).doesNotContain(NO_CHECK_IN);
    assertThat(reasonsOf(drew)).contains(NO_CHECK_IN);

    checkIn(alex, new CheckInAnswers(4, 1, false, null, null));

    assertThat(reasonsOf(alex)).doesNotContain(NO_CHECK_IN);
  }

  @Test
  void quietDaysCountFromTheClinicDayTheAccountWasOpened() {
    var account = portalAccount(alex);
    Instant eveningThreeDaysAgo = today.minusDays(3).atTime(20, 0).atZone(CHICAGO).toInstant();
    rowsOfClinicA()
        .update(
            "update account set created_at = ? where id = ?",
            eveningThreeDaysAgo.atOffset(ZoneOffset.UTC),
            account.getId());

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), NO_CHECK_IN, 3));
  }

  @Test
  void quietDaysComeFromTheClinicsSettings() {
    past.accountOpened(portalAccount(alex), Duration.ofDays(10));
    past.checkedIn(alex, today.minusDays(4), 2, false);

    use(new EngagementSettings(2, 5, 8, 60, 15, null, null));

    assertThat(reasonsOf(alex)).doesNotContain(NO_CHECK_IN);
  }

  @Test
  void highCravingFlagClearsWithALaterCalmCheckIn() {
    portalAccount(alex);
    past.checkedIn(alex, today.minusDays(1), 9, false);

    assertThat(flagsOf(alex)).contains(new Flag(alex.getId(), HIGH_CRAVING, 9));

    checkIn(alex, new CheckInAnswers(4, 2, false, null, null));

    assertThat(reasonsOf(alex)).doesNotContain(HIGH_CRAVING);
  }

  @Test
  void cravingCountsFromTheClinicsLevelAndOnlyInTheLastThreeDays() {
    var blake = clinics.asClinicA(() -> fixtures.client("Blake R."));
    portalAccount(alex);
    portalAccount(blake);
    past.checkedIn(alex, today.minusDays(1), 8, false);
    past.checkedIn(blake, today.minusDays(4), 10, false);
    assertThat(reasonsOf(alex)).contains(HIGH_CRAVING);
    assertThat(reasonsOf(blake)).doesNotContain(HIGH_CRAVING);

    use(new EngagementSettings(2, 7, 9, 60, 15, null, null));

    assertThat(reasonsOf(alex)).doesNotContain(HIGH_CRAVING);
  }

  @Test
  void cravingAndUseAreFlaggedWhetherOrNotTheClientHasAPortalAccount() {
    var blake = clinics.asClinicA(() -> fixtures.client("Blake R."));
    past.checkedIn(alex, today.minusDays(1), 9, false);
    past.checkedIn(blake, today.minusDays(2), 1, true);

    assertThat(flagsOf(alex)).containsExactly(new Flag(alex.getId(), HIGH_CRAVING, 9));
    assertThat(reasonsOf(blake)).containsExactly(REPORTED_USE);
  }

  @Test
  void reportedUseIsFlaggedFromTheLatestCheckIn() {
    portalAccount(alex);

    checkIn(alex, new CheckInAnswers(2, 3, true, "Had a drink at the wedding", null));

    assertThat(reasonsOf(alex)).contains(REPORTED_USE).doesNotContain(HIGH_CRAVING);
  }

  /**
   * A PHQ-9 up 5 points on the one before (its meaningful change) is flagged with the rise, 4 is
   * not; a GAD-7 up 4 is. A better result after it clears the flag, as does a result that puts a
   * higher one just before it; and the latest counts only within the last 30 days.
   */
  @Test
  void aMeaningfullyWorsePhq9OrGad7IsFlaggedUntilABetterResultOrAMonthPasses() {
    var blake = clinics.asClinicA(() -> fixtures.client("Blake R."));
    var alexsPhq9 = assigned(alex, Instrument.PHQ_9);
    var blakesPhq9 = assigned(blake, Instrument.PHQ_9);
    var blakesGad7 = assigned(blake, Instrument.GAD_7);
    past.answered(alexsPhq9, 9, Duration.ofDays(20));
    past.answered(alexsPhq9, 14, Duration.ofDays(6));
    past.answered(blakesPhq9, 9, Duration.ofDays(20));
    past.answered(blakesPhq9, 13, Duration.ofDays(6));
    past.answered(blakesGad7, 3, Duration.ofDays(40));
    past.answered(blakesGad7, 7, Duration.ofDays(2));

    assertThat(flagsOf(alex)).containsExactly(new Flag(alex.getId(), PHQ_9_WORSENED, 5));
    assertThat(flagsOf(blake)).containsExactly(new Flag(blake.getId(), GAD_7_WORSENED, 4));
    assertThat(
            clinics.asClinicA(
                () -> flags.byClient(List.of(alex.getId()), Instant.now()).get(alex.getId())))
        .as("read from Alex's rows alone, as for a mentor's mentees")
        .containsExactly(new Flag(alex.getId(), PHQ_9_WORSENED, 5));

    past.answered(alexsPhq9, 12, Duration.ofDays(1));
    past.answered(blakesGad7, 9, Duration.ofDays(35));

    assertThat(reasonsOf(alex)).as("a better result since").doesNotContain(PHQ_9_WORSENED);
    assertThat(reasonsOf(blake))
        .as("compared with the result just before it, now 9")
        .doesNotContain(GAD_7_WORSENED);
  }

  @Test
  void aWorseScoreOverAMonthOldIsNoLongerFlagged() {
    var alexsGad7 = assigned(alex, Instrument.GAD_7);
    past.answered(alexsGad7, 2, Duration.ofDays(60));
    past.answered(alexsGad7, 12, Duration.ofDays(31));

    assertThat(reasonsOf(alex)).doesNotContain(GAD_7_WORSENED);
  }

  @Test
  void onlyClinicAdminsChangeTheThresholds() {
    var stricter = new EngagementSettings(1, 1, 1, 100, 1, null, null);

    assertThatThrownBy(
            () ->
                clinics.asClinicA(
                    () -> fixtures.as(dana.getId(), () -> clinicSettings.saveEngagement(stricter))))
        .isInstanceOf(ForbiddenException.class);

    assertThat(clinics.asClinicA(() -> clinicSettings.engagement())).isEqualTo(DEFAULTS);
  }

  /** The group's {@code index}th session, moved so that it took place {@code days} ago. */
  private GroupSession held(int index, int days) {
    GroupSession session = upcoming.get(index);
    past.held(session, Duration.ofDays(days));
    return session;
  }

  private void attended(GroupSession session, AttendanceStatus status) {
    String reason = status == EXCUSED ? "Doctor's appointment" : null;
    clinics.asClinicA(
        () ->
            fixtures.as(
                dana.getId(),
                () ->
                    attendance.saveRoster(
                        session.getId(),
                        List.of(new RosterEntry(alex.getId(), status, reason, -1)))));
  }

  private MeasureAssignment assigned(Client client, Instrument instrument) {
    return clinics.asClinicA(
        () ->
            fixtures.as(
                dana.getId(),
                () -> measures.assign(client.getId(), instrument, MeasureSchedule.everyWeeks(2))));
  }

  private Account portalAccount(Client client) {
    return clinics.asClinicA(() -> fixtures.portalAccountFor(client));
  }

  private void checkIn(Client client, CheckInAnswers answers) {
    clinics.asClinicA(() -> checkIns.record(client.getId(), answers));
  }

  private void use(EngagementSettings settings) {
    clinics.asClinicA(() -> clinicRecords.applyEngagementSettings(clinics.clinicA(), settings));
  }

  private List<Flag> flagsOf(Client client) {
    return clinics.asClinicA(() -> flags.all(Instant.now())).stream()
        .filter(flag -> flag.clientId().equals(client.getId()))
        .toList();
  }

  private List<FlagReason> reasonsOf(Client client) {
    return flagsOf(client).stream().map(Flag::reason).toList();
  }
}
