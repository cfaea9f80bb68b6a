package org.aftercare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupDetails;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.Modality;
import org.aftercare.groups.Schedule;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.sharing.ConsentPurpose;
import org.aftercare.sharing.ConsentRequest;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.SharedData;
import org.aftercare.tenancy.TenantContext;

/**
 * The parts of a demo clinic made today through the services, as staff would: a small
 * medication-assisted recovery group that is full, with a waitlist and a seat offered to the first
 * in line; a client's consents (treatment, payment and operations to their providers; a specific
 * one to a court) and the attendance letter the court received under it.
 */
@ApplicationScoped
class DemoSeatsAndConsents {

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject TenantContext tenantContext;
  @Inject AccountService accounts;
  @Inject GroupService groups;
  @Inject Enrollments enrollments;
  @Inject Consents consents;
  @Inject Disclosures disclosures;

  /**
   * Led by a counselor of its own: a facilitator no other demo group shares cannot be double-booked
   * when staff (or the browser tests) move the demo groups' sessions around.
   */
  void seatOffer(DemoClinics.DemoClinic clinic, DemoCast cast) {
    Account counselor =
        accounts.open(
            "counselor@" + clinic.domain(),
            "Chris Counselor",
            DemoClinics.DEMO_PASSWORD,
            EnumSet.of(Role.CLINICIAN));
    var mara =
        groups.create(
            new GroupDetails(
                "Medication-assisted recovery",
                Modality.MEDICATION_ASSISTED,
                null,
                "For people on buprenorphine, methadone or naltrexone: everyone here is welcome"
                    + " as they are.",
                DemoClinics.GROUND_RULES,
                2,
                EnrolmentPolicy.OPEN,
                true,
                true,
                null,
                new Schedule(
                    "FREQ=WEEKLY;BYDAY=WE",
                    LocalDate.now(clock.withZone(clinic.zone())),
                    LocalTime.of(12, 0),
                    60,
                    clinic.zone().getId())),
            Set.of(counselor.getId()));
    var leaving = enrollments.enrol(mara.getId(), cast.clients().get(2).getId(), false);
    enrollments.enrol(mara.getId(), cast.clients().get(3).getId(), false);
    enrollments.enrol(mara.getId(), cast.slipping().getId(), false);
    if (cast.clients().size() > 4) {
      enrollments.enrol(mara.getId(), cast.clients().get(4).getId(), false);
    }
    enrollments.withdraw(leaving.getId(), "Prefers the evening SMART group only.");
  }

  /** As the clinician, who records paper consents and gives the letter. */
  void consentsAndLetter(DemoCast cast, Account clinician) {
    Client client = cast.clients().get(2);
    LocalDate today = LocalDate.now(clock.withZone(cast.zone()));
    caller.callAs(
        new SignedInUser(
            clinician.getEmail(),
            clinician.getId(),
            tenantContext.tenantId().orElseThrow(),
            clinician.getDisplayName(),
            Set.of(Role.CLINICIAN),
            clock.instant(),
            0,
            null),
        () -> {
          consents.recordPaper(
              client.getId(),
              new ConsentRequest(
                  null,
                  "My treating providers at Lakeview Family Health",
                  ConsentPurpose.TREATMENT,
                  null,
                  SharedData.ATTENDANCE_AND_CHECK_INS,
                  today,
                  null,
                  client.getLegalName()));
          var court =
              consents.recordPaper(
                  client.getId(),
                  new ConsentRequest(
                      null,
                      "County drug court, probation office",
                      ConsentPurpose.SPECIFIC,
                      "Proof of group attendance for my probation officer",
                      SharedData.ATTENDANCE,
                      today,
                      today.plusMonths(6),
                      client.getLegalName()));
          return disclosures.recordLetter(
              court.getId(), today.minusWeeks(DemoHistory.WEEKS), today);
        });
  }
}
