package org.aftercare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.aftercare.access.Role;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupDetails;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.Schedule;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.PlatformOperatorService;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceDetails;
import org.aftercare.library.ResourceKind;
import org.aftercare.library.UploadedFile;
import org.aftercare.library.WorksheetExamples;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * Seeds "Riverside Recovery Center" and "Harbor Light Treatment" through the same services the
 * portal uses, once: a clinic that exists already is left as it is.
 */
@ApplicationScoped
public class DemoClinics {

  /** Inside the new clinic: a clinic's row is changed only from within it. */
  private Void seed(UUID clinicId, DemoClinic clinic) {
    worksheetExamples.seed();
    clinicRecords.applySettings(
        clinicId,
        new ClinicSettings(
            clinic.name(),
            clinic.zone().getId(),
            "care@" + clinic.domain(),
            "+1 555 0100",
            "Welcome to "
                + clinic.name()
                + "'s aftercare. You are not alone: your groups and"
                + " your mentor are here for you.",
            "https://meet.example.org/" + clinic.slug() + "-{group}",
            "24,1",
            null));
    return seedPeopleOf(clinic);
  }

  private static final Logger LOG = Logger.getLogger(DemoClinics.class.getName());

  /** A leaflet the clinic gave the demo client, to find under "For you" and download. */
  private void seedLibrary(UUID clientId) {
    UUID leaflet =
        library.add(
            new ResourceDetails(
                ResourceKind.DOCUMENT,
                "Warning signs of relapse",
                "One page to keep: the early signs, and what to do when you notice them.",
                null,
                null,
                Set.of(),
                List.of("relapse prevention"),
                false,
                List.of()),
            new UploadedFile(DemoLeaflet.FILE_NAME, DemoLeaflet.bytes()));
    library.assignToClient(leaflet, clientId);
  }

  /** Demo only: printed at startup so that a first-time user can sign in. */
  public static final String DEMO_PASSWORD = "recovery-demo-2026";

  /** A demo client: the name other members see, and the legal name only staff see. */
  public record DemoClient(String displayName, String legalName) {

    /** The address on the client's record (not their portal sign-in). */
    public String email(DemoClinic clinic) {
      return legalName.toLowerCase(Locale.ROOT).replace(' ', '.') + "@clients." + clinic.domain();
    }
  }

  public record DemoClinic(
      String slug, String name, ZoneId zone, String domain, List<DemoClient> clients) {}

  /** The demo's clinics and clients (tests check that none of their health data reaches a log). */
  public static final List<DemoClinic> CLINICS =
      List.of(
          new DemoClinic(
              "riverside",
              "Riverside Recovery Center",
              ZoneId.of("America/Chicago"),
              "riverside.example",
              List.of(
                  new DemoClient("Alex R.", "Alexandra Reyes"),
                  new DemoClient("Jordan M.", "Jordan Mitchell"),
                  new DemoClient("Sam T.", "Samuel Turner"),
                  new DemoClient("Casey L.", "Casey Lindqvist"),
                  new DemoClient("Morgan P.", "Morgan Patel"))),
          new DemoClinic(
              "harbor-light",
              "Harbor Light Treatment",
              ZoneId.of("America/New_York"),
              "harborlight.example",
              List.of(
                  new DemoClient("Taylor B.", "Taylor Brooks"),
                  new DemoClient("Jamie K.", "Jamie Kowalski"),
                  new DemoClient("Riley S.", "Riley Sanchez"),
                  new DemoClient("Drew H.", "Drew Harrington"))));

  @Inject Clock clock;
  @Inject TenantService tenants;

  @Inject ClinicRecords clinicRecords;
  @Inject WorksheetExamples worksheetExamples;
  @Inject Library library;
  @Inject TenantContext tenantContext;
  @Inject AccountService accounts;
  @Inject ClientService clients;
  @Inject PlatformOperatorService operators;
  @Inject GroupService groups;
  @Inject Enrollments enrollments;
  @Inject Mentoring mentoring;
  @Inject CheckIns checkIns;
  @Inject DemoHistory history;
  @Inject DemoSeatsAndConsents seatsAndConsents;

  static final String GROUND_RULES =
      """
      What is said here stays here.
      Cameras are optional; please be present and sober.
      One person speaks at a time; no cross-talk or advice unless asked.
      If you are in crisis, call 988 or your clinic's number.""";

  /** Demo only: a platform operator, who signs in with the clinic field left empty. */
  public static final String DEMO_OPERATOR = "operator@aftercare.example";

  @ActivateRequestContext
  public void seed() {
    for (DemoClinic clinic : CLINICS) {
      if (tenants.findBySlug(clinic.slug()).isEmpty()) {
        // A duration, not a time of day: measured on the monotonic timer, not the portal's clock.
        long began = System.nanoTime();
        var tenant = clinicRecords.register(clinic.slug(), clinic.name(), clinic.zone());
        tenantContext.callAs(tenant.getId(), () -> seed(tenant.getId(), clinic));
        LOG.info(
            () ->
                "Demo clinic '"
                    + clinic.slug()
                    + "' seeded with "
                    + DemoHistory.WEEKS
                    + " weeks of history in "
                    + (System.nanoTime() - began) / 1_000_000
                    + " ms");
      }
    }
    if (operators.findByEmail(DEMO_OPERATOR).isEmpty()) {
      operators.create(DEMO_OPERATOR, DEMO_PASSWORD);
    }
    printLogins();
  }

  private Void seedPeopleOf(DemoClinic clinic) {
    accounts.open(
        "admin@" + clinic.domain(), "Clinic Admin", DEMO_PASSWORD, EnumSet.of(Role.CLINIC_ADMIN));
    var clinician =
        accounts.open(
            "clinician@" + clinic.domain(),
            "Dana Clinician",
            DEMO_PASSWORD,
            EnumSet.of(Role.CLINICIAN));
    var mentor =
        accounts.open(
            "mentor@" + clinic.domain(), "Pat Mentor", DEMO_PASSWORD, EnumSet.of(Role.PEER_MENTOR));
    int daysSober = 30;
    var seeded = new ArrayList<Client>();
    for (DemoClient demo : clinic.clients()) {
      var client = new Client();
      client.setDisplayName(demo.displayName());
      client.setLegalName(demo.legalName());
      client.setEmail(demo.email(clinic));
      client.setRecoveryStartDate(
          LocalDate.now(clock.withZone(clinic.zone())).minusDays(daysSober));
      seeded.add(clients.add(client));
      daysSober += 45;
    }
    Client portalClient = seeded.getFirst();
    var portalAccount =
        accounts.openForClient(
            portalClient.getId(),
            "client@" + clinic.domain(),
            portalClient.getDisplayName(),
            DEMO_PASSWORD);
    seedLibrary(portalClient.getId());
    var groupsSeeded = seedGroups(clinic, seeded, clinician.getId(), mentor.getId());
    seeded.stream()
        .limit(DemoCast.MENTEES)
        .forEach(client -> mentoring.assign(client.getId(), mentor.getId()));
    // One mentee is slipping from the start, so the mentor's dashboard shows a follow-up to do.
    checkIns.record(seeded.get(1).getId(), new CheckInAnswers(2, 8, false, null, null));
    clinicRecords.applyEngagementSettings(
        tenantContext.tenantId().orElseThrow(),
        new EngagementSettings(
            2,
            3,
            8,
            60,
            15,
            clinician.getId(),
            clinic.name() + " on call, day and night: +1 555 0100"));
    var cast =
        new DemoCast(
            clinic.zone(),
            List.copyOf(seeded),
            portalAccount.getId(),
            clinician.getId(),
            mentor.getId(),
            groupsSeeded.getFirst(),
            groupsSeeded.getLast());
    seatsAndConsents.consentsAndLetter(cast, clinician);
    history.write(cast, clinic.slug().hashCode());
    seatsAndConsents.seatOffer(clinic, cast);
    return null;
  }

  /** The SMART group and the 12-step circle, which get a history; the family group has none yet. */
  private List<RecoveryGroup> seedGroups(
      DemoClinic clinic, List<Client> people, UUID clinician, UUID mentor) {
    LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
    String zone = clinic.zone().getId();
    var smart =
        groups.create(
            new GroupDetails(
                "Evening SMART Recovery",
                Modality.SMART_RECOVERY,
                null,
                "Tools for managing urges and building a balanced life, week by week.",
                GROUND_RULES,
                8,
                EnrolmentPolicy.OPEN,
                true,
                false,
                null,
                new Schedule("FREQ=WEEKLY;BYDAY=TU,TH", today, LocalTime.of(18, 0), 90, zone)),
            Set.of(clinician));
    var circle =
        groups.create(
            new GroupDetails(
                "Sunday 12-step circle",
                Modality.TWELVE_STEP,
                null,
                "A peer-led meeting in the 12-step tradition.",
                GROUND_RULES,
                15,
                EnrolmentPolicy.OPEN,
                true,
                true,
                null,
                new Schedule("FREQ=WEEKLY;BYDAY=SU", today, LocalTime.of(10, 0), 60, zone)),
            Set.of(mentor));
    groups.create(
        new GroupDetails(
            "Family group",
            Modality.FAMILY,
            null,
            "For the people who support someone in recovery.",
            null,
            12,
            EnrolmentPolicy.CLOSED,
            true,
            false,
            null,
            new Schedule("FREQ=MONTHLY;BYDAY=1SA", today, LocalTime.of(11, 0), 90, zone)),
        Set.of(clinician));
    people.stream().limit(4).forEach(c -> enrollments.enrol(smart.getId(), c.getId(), false));
    people.stream().skip(1).forEach(c -> enrollments.enrol(circle.getId(), c.getId(), false));
    return List.of(smart, circle);
  }

  private static void printLogins() {
    var lines =
        new StringBuilder("Demo clinics ready. Sign in with password '")
            .append(DEMO_PASSWORD)
            .append("':\n  platform operator (clinic left empty): ")
            .append(DEMO_OPERATOR);
    for (DemoClinic clinic : CLINICS) {
      lines
          .append("\n  clinic '")
          .append(clinic.slug())
          .append("' (")
          .append(clinic.name())
          .append(")");
      for (String who : List.of("admin", "clinician", "mentor", "client")) {
        lines.append("\n    ").append(who).append('@').append(clinic.domain());
      }
    }
    LOG.info(lines.toString());
  }
}
