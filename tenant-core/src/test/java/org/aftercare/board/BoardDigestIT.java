package org.aftercare.board;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.platform.ClinicUpkeep;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The boards' morning e-mail goes only to clients who turned it on, once a day, only when posts
 * they can read are new since the last one — not their own, not hidden ones — and says nothing but
 * how many, in the client's language. Two clinics' clients are each told of their own clinic's
 * posts in one upkeep run, and two runs at once send one mail.
 */
class BoardDigestIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final String GROUP = "Tuesday skills";
  private static final String SECRET_WORDS = "shaky since Friday";

  @Inject GroupBoards boards;
  @Inject BoardModeration moderation;
  @Inject BoardRules rules;
  @Inject BoardDigest digest;
  @Inject PreferredLanguages languages;
  @Inject ClinicUpkeep upkeep;
  @Inject ClinicThreads threads;

  private Scenario a;
  private UUID group;
  private final LocalDate tomorrow = LocalDate.now(CHICAGO).plusDays(1);

  @BeforeEach
  void aGroupWhoseMembersPost() {
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withClients("Alex P.", "Blake R.", "Casey T.")
            .withPortalAccounts("Alex P.", "Blake R.", "Casey T.")
            .withGroup(aGroup().named(GROUP), "Dana Lead")
            .enrolling("Alex P.", "Blake R.")
            .build();
    group = a.group(GROUP).getId();
    for (String member : List.of("Alex P.", "Blake R.")) {
      a.as(member, () -> doing(() -> rules.acceptCodeOfConduct(rules.settings().conductVersion())));
    }
  }

  @Test
  void aClientWhoTurnedItOnIsToldEachMorningHowManyPostsAreNewAndNothingElse() {
    subscribe(a, "Blake R.");
    subscribe(a, "Casey T.");
    a.as("Alex P.", () -> boards.post(group, null, "Day 3, " + SECRET_WORDS));
    a.as("Dana Lead", () -> boards.post(group, null, "See you Tuesday"));
    a.as("Blake R.", () -> boards.post(group, null, "My own post"));
    UUID hidden = a.as("Alex P.", () -> boards.post(group, null, "Call me on 555 0100"));
    a.as("Dana Lead", () -> doing(() -> moderation.hide(hidden)));
    String blake = a.client("Blake R.").getEmail();

    assertThat(inClinicA(at(tomorrow, 7, 30))).as("before the clinic's morning").isZero();
    assertThat(inClinicA(at(tomorrow, 8, 7))).isOne();
    assertThat(inClinicA(at(tomorrow, 9, 7))).as("the day is taken").isZero();

    assertThat(DevMailbox.mailsTo(blake))
        .singleElement()
        .satisfies(
            mail ->
                assertThat(mail)
                    .contains("There are 2 new posts on your boards")
                    .doesNotContain(GROUP)
                    .doesNotContain("Alex")
                    .doesNotContain("Dana")
                    .doesNotContain(SECRET_WORDS)
                    .doesNotContain("Tuesday"));
    assertThat(DevMailbox.mailsTo(a.client("Casey T.").getEmail()))
        .as("subscribed but in no group with a board")
        .isEmpty();
    assertThat(DevMailbox.mailsTo(a.client("Alex P.").getEmail())).as("never asked").isEmpty();

    assertThat(inClinicA(at(tomorrow.plusDays(1), 9, 0))).as("nothing new since").isZero();
    a.as("Alex P.", () -> boards.post(group, null, "Day 4"));
    assertThat(inClinicA(at(tomorrow.plusDays(2), 9, 0))).isOne();
    assertThat(DevMailbox.mailsTo(blake))
        .hasSize(2)
        .anySatisfy(mail -> assertThat(mail).contains("There is 1 new post on your boards"));
  }

  @Test
  void itIsWrittenInTheClientsLanguageAndStopsWhenTurnedOff() {
    a.as("Blake R.", () -> doing(() -> languages.choose("es")));
    subscribe(a, "Blake R.");
    assertThat(a.as("Blake R.", () -> digest.subscribed())).isTrue();
    a.as("Alex P.", () -> boards.post(group, null, "Hola"));

    assertThat(inClinicA(at(tomorrow, 9, 0))).isOne();
    assertThat(DevMailbox.mailsTo(a.client("Blake R.").getEmail()))
        .singleElement()
        .satisfies(
            mail -> assertThat(mail).contains("Hay 1 publicaci").contains("nueva en sus tableros"));

    a.as("Blake R.", () -> doing(() -> digest.subscribe(false)));
    assertThat(a.as("Blake R.", () -> digest.subscribed())).isFalse();
    a.as("Alex P.", () -> boards.post(group, null, "Otra vez"));
    assertThat(inClinicA(at(tomorrow.plusDays(1), 9, 0))).isZero();
  }

  @Test
  void eachClinicsClientsAreToldOfTheirOwnClinicsPostsInOneRunAndTwoRunsAtOnceSendOne()
      throws Exception {
    subscribe(a, "Blake R.");
    a.as("Alex P.", () -> boards.post(group, null, "In clinic A"));
    var b =
        clinicB()
            .withClinician("Bo Lead")
            .withClients("Bea B.", "Cy C.")
            .withPortalAccounts("Bea B.", "Cy C.")
            .withGroup(aGroup().named("Harbor group"), "Bo Lead")
            .enrolling("Bea B.", "Cy C.")
            .build();
    UUID groupB = b.group("Harbor group").getId();
    subscribe(b, "Cy C.");
    b.as("Bea B.", () -> doing(() -> rules.acceptCodeOfConduct(rules.settings().conductVersion())));
    b.as("Bea B.", () -> boards.post(groupB, null, "In clinic B, one"));
    b.as("Bea B.", () -> boards.post(groupB, null, "In clinic B, two"));

    Instant morning = at(tomorrow, 9, 0);
    Callable<?> run = () -> threads.callAs(clinics.clinicB(), () -> digest.sendDue(morning));
    assertThat(AtOnce.outcomesOf(List.of(run, run))).containsExactlyInAnyOrder(0, 1);
    upkeep.sendMorningDigests(morning);

    assertThat(DevMailbox.mailsTo(a.client("Blake R.").getEmail()))
        .singleElement()
        .satisfies(mail -> assertThat(mail).contains("There is 1 new post"));
    assertThat(DevMailbox.mailsTo(b.client("Cy C.").getEmail()))
        .singleElement()
        .satisfies(mail -> assertThat(mail).contains("There are 2 new posts"));
  }

  private void subscribe(Scenario clinic, String client) {
    clinic.as(client, () -> doing(() -> digest.subscribe(true)));
  }

  private int inClinicA(Instant now) {
    return clinics.asClinicA(() -> digest.sendDue(now));
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(CHICAGO).toInstant();
  }

  private static Void doing(Runnable step) {
    step.run();
    return null;
  }
}
