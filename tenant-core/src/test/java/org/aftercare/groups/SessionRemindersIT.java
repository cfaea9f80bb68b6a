package org.aftercare.groups;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.platform.ClinicUpkeep;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders go out once per client and session however many app instances run the timer: two
 * workers race for the same claims and between them send each reminder exactly once.
 */
class SessionRemindersIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject ClinicUpkeep upkeep;
  @Inject ClientService clients;

  private GroupSession soon;
  private List<Client> enrolled;
  private Client waiting;

  /**
   * A group of four whose first session starts in half an hour: three enrolled clients with e-mail,
   * one enrolled without, one on the waitlist.
   */
  @BeforeEach
  void sessionInHalfAnHourWithEnrolledClients() {
    ZonedDateTime start =
        Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES).atZone(CHICAGO);
    soon =
        clinics.asClinicA(
            () -> {
              UUID dana = fixtures.clinician("Dana Lead").getId();
              var group =
                  groups.create(
                      aGroup()
                          .withCapacity(4)
                          .startingOn(start.toLocalDate())
                          .at(start.toLocalTime())
                          .lasting(60)
                          .build(),
                      Set.of(dana));
              return sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst();
            });
    assertThat(soon.getStartsAt()).isEqualTo(start.toInstant());
    enrolled =
        clinics.asClinicA(
            () ->
                Stream.of("Alex P.", "Blake R.", "Casey S.")
                    .map(name -> enrolIn(fixtures.client(name)))
                    .toList());
    // Casey reads Spanish: her reminder is written in it.
    Client casey = enrolled.getLast();
    casey.setPreferredLanguage("es");
    enrolled =
        List.of(enrolled.get(0), enrolled.get(1), clinics.asClinicA(() -> clients.update(casey)));
    clinics.asClinicA(
        () -> {
          Client withoutEmail = fixtures.client("Drew T.");
          withoutEmail.setEmail(null);
          return enrolIn(clients.update(withoutEmail));
        });
    waiting = clinics.asClinicA(() -> enrolIn(fixtures.client("Emery U.")));
  }

  @Test
  void twoWorkersBetweenThemSendEachEnrolledClientOneReminder() throws Exception {
    Instant now = Instant.now();
    Callable<?> worker = () -> upkeep.sendReminders(clinics.clinicA(), now);

    var outcomes = AtOnce.outcomesOf(List.of(worker, worker));

    assertThat(outcomes).allSatisfy(sent -> assertThat(sent).isInstanceOf(Integer.class));
    int sent = outcomes.stream().mapToInt(Integer.class::cast).sum();
    assertThat(sent).isEqualTo(3);
    var rows = rowsOfClinicA();
    // Both of the clinic's lead times (24 h and 1 h) have come for a session in half an hour;
    // each is claimed, and one e-mail covers both.
    assertThat(
            rows.count("select count(*) from session_reminder where session_id = ?", soon.getId()))
        .isEqualTo(6);
    assertThat(
            rows.count(
                "select count(distinct enrollment_id) from session_reminder"
                    + " where session_id = ? and lead_hours in (1, 24)",
                soon.getId()))
        .isEqualTo(3);
    assertThat(enrolled).allSatisfy(client -> assertThat(remindersTo(client)).isEqualTo(1));
    assertThat(DevMailbox.mailsTo(enrolled.getLast().getEmail()))
        .singleElement()
        .satisfies(mail -> assertThat(mail).contains("Le recordamos su sesi"));
    assertThat(remindersTo(waiting)).isZero();
    assertThat(upkeep.sendReminders(clinics.clinicA(), Instant.now())).isZero();
    assertThat(enrolled).allSatisfy(client -> assertThat(remindersTo(client)).isEqualTo(1));
  }

  @Test
  void noReminderBeforeTheLeadTimeHasCome() {
    Instant dayAndAHalfBefore = soon.getStartsAt().minus(Duration.ofHours(36));

    int sent = upkeep.sendReminders(clinics.clinicA(), dayAndAHalfBefore);

    assertThat(sent).isZero();
    assertThat(
            rowsOfClinicA()
                .count("select count(*) from session_reminder where session_id = ?", soon.getId()))
        .isZero();
    assertThat(enrolled).allSatisfy(client -> assertThat(remindersTo(client)).isZero());
  }

  private Client enrolIn(Client client) {
    enrollments.enrol(soon.getGroup().getId(), client.getId(), false);
    return client;
  }

  private static long remindersTo(Client client) {
    if (client.getPreferredLanguage().equals("es")) {
      // A subject beyond ASCII is MIME-encoded in the header; its first word stays readable.
      return DevMailbox.mailsTo(client.getEmail()).stream()
          .filter(mail -> mail.contains("Recordatorio"))
          .count();
    }
    return DevMailbox.count(client.getEmail(), "Reminder: your session");
  }
}
