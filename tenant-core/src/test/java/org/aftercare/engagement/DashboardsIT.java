package org.aftercare.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.Milestone;
import org.aftercare.checkins.SupportAlert;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.engagement.Dashboards.Mentee;
import org.aftercare.engagement.Dashboards.OpenAlert;
import org.aftercare.identity.Account;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the clinician and the mentor see first: a mentor only their current mentees and their
 * alerts; a clinician every flagged client, those with most reasons first, and every open alert.
 */
class DashboardsIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject Dashboards dashboards;
  @Inject SupportAlerts alerts;
  @Inject CheckIns checkIns;

  private LocalDate today;
  private Account morgan;
  private Account nico;
  private Client alex;
  private Client blake;
  private Client casey;
  private Client drew;
  private Client zoe;
  private SupportAlert alexsAlert;

  /**
   * Morgan mentors Alex and Blake and used to mentor Casey, now Nico's. Drew and Zoe have no
   * mentor. Alex, Casey and Drew asked for support. Blake checked in calmly today; Drew reported a
   * craving of 9 yesterday (one flag); Zoe last checked in three days ago, reporting use (two
   * flags).
   */
  @BeforeEach
  void mentorsMenteesAlertsAndFlags() {
    today = LocalDate.now(CHICAGO);
    Scenario a =
        clinicA()
            .withMentor("Morgan M.", "Nico N.")
            .withClients("Alex P.", "Blake R.", "Casey S.", "Drew T.", "Zoe Z.")
            .withMentee("Alex P.", "Morgan M.")
            .withMentee("Blake R.", "Morgan M.")
            .withMentee("Casey S.", "Morgan M.")
            .withMentee("Casey S.", "Nico N.")
            .withPortalAccounts("Drew T.", "Zoe Z.")
            .build();
    morgan = a.staff("Morgan M.");
    nico = a.staff("Nico N.");
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
    casey = a.client("Casey S.");
    drew = a.client("Drew T.");
    zoe = a.client("Zoe Z.");
    a.call(
        () -> {
          checkIns.record(blake.getId(), new CheckInAnswers(4, 1, false, null, null));
          alexsAlert = alerts.raise(alex.getId());
          alerts.raise(casey.getId());
          return alerts.raise(drew.getId());
        });
    var past = pastOfClinicA();
    past.checkedIn(drew, today.minusDays(1), 9, false);
    past.checkedIn(zoe, today.minusDays(3), 2, true);
  }

  @Test
  void mentorSeesOnlyTheirCurrentMentees() {
    var mentees = clinics.asClinicA(() -> dashboards.forMentor(morgan.getId(), Instant.now()));

    assertThat(mentees)
        .extracting(mentee -> mentee.client().getDisplayName())
        .containsExactly("Alex P.", "Blake R.");
    assertThat(clinics.asClinicA(() -> dashboards.forMentor(nico.getId(), Instant.now())))
        .extracting(mentee -> mentee.client().getDisplayName())
        .containsExactly("Casey S.");
  }

  @Test
  void menteeLineShowsOpenAlertsLastCheckInAndDaysInRecovery() {
    var mentees = clinics.asClinicA(() -> dashboards.forMentor(morgan.getId(), Instant.now()));

    Mentee alexs = mentees.get(0);
    Mentee blakes = mentees.get(1);
    assertThat(alexs.openAlerts()).isEqualTo(1);
    assertThat(alexs.lastCheckIn()).isEmpty();
    assertThat(blakes.openAlerts()).isZero();
    assertThat(blakes.lastCheckIn()).contains(today);
    assertThat(blakes.daysInRecovery()).isPresent();
  }

  /** A mentee's milestone shows on the mentor's list from 14 of the clinic's days ahead. */
  @Test
  void menteeLineShowsAMilestoneFromFourteenDaysAhead() {
    LocalDate ninetyDays = blake.getRecoveryStartDate().plusDays(90);

    var fifteenDaysAhead = blakeOnMorgansList(ninetyDays.minusDays(15));
    var fourteenDaysAhead = blakeOnMorgansList(ninetyDays.minusDays(14));

    assertThat(fifteenDaysAhead.upcomingMilestone()).isEmpty();
    assertThat(fourteenDaysAhead.upcomingMilestone())
        .contains(new Milestone(Milestone.Kind.NINETY_DAYS, 0, ninetyDays));
  }

  /** Morgan's line for Blake at noon of {@code day} in the clinic. */
  private Mentee blakeOnMorgansList(LocalDate day) {
    Instant noon = day.atTime(12, 0).atZone(CHICAGO).toInstant();
    return clinics.asClinicA(() -> dashboards.forMentor(morgan.getId(), noon)).stream()
        .filter(mentee -> mentee.client().getId().equals(blake.getId()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mentorSeesOnlyTheirMenteesAlerts() {
    List<OpenAlert> morgans =
        clinics.asClinicA(() -> dashboards.openAlertsForMentor(morgan.getId()));

    assertThat(morgans)
        .extracting(open -> open.alert().getId())
        .containsExactly(alexsAlert.getId());
    assertThat(clinics.asClinicA(() -> dashboards.openAlertsForMentor(nico.getId())))
        .extracting(open -> open.client().getDisplayName())
        .containsExactly("Casey S.");
  }

  @Test
  void clinicianSeesClientsAskingForSupportFirstThenMostReasonsAndEveryOpenAlert() {
    var view = clinics.asClinicA(() -> dashboards.forClinician(Instant.now()));

    // Drew T. has one flag but an open support request, so comes before Zoe Z.'s two flags.
    assertThat(view.flagged())
        .extracting(flagged -> flagged.client().getDisplayName())
        .containsExactly("Drew T.", "Zoe Z.");
    assertThat(view.flagged().get(1).flags())
        .extracting(Flag::reason)
        .containsExactlyInAnyOrder(FlagReason.NO_CHECK_IN, FlagReason.REPORTED_USE);
    assertThat(view.openAlerts())
        .extracting(open -> open.client().getDisplayName())
        .containsExactlyInAnyOrder("Alex P.", "Casey S.", "Drew T.");
  }
}
