package org.aftercare.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.aftercare.groups.GroupDetails;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar feeds as a calendar app fetches them: by clinic id (or the short name of older URLs) and
 * secret token, parsed back as RFC 5545; a client's entries never name the group or the clinic, a
 * facilitator's do.
 */
class CalendarFeedsIT extends DeployedDomain {

  private static final String CHICAGO = "America/Chicago";
  private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject CalendarFeeds feeds;
  @Inject PublicCalendar publicCalendar;
  @Inject AccountService accounts;
  @Inject TenantService tenants;

  private Tenant clinicA;
  private Account dana;
  private Account clientAccount;
  private RecoveryGroup thursdays;
  private GroupSession cancelled;

  /**
   * Dana leads "Thursday SMART", where Riley is enrolled, and not "Monday family", which Riley is
   * not in; one Thursday session is cancelled.
   */
  @BeforeEach
  void clinicWithTwoGroupsAndAClientInOne() {
    clinicA = tenants.find(clinics.clinicA()).orElseThrow();
    Scenario a =
        clinicA()
            .withClinician("Dana Lead", "Sam Colleague")
            .withGroup(aGroup().named("Monday family").meetingOn(MONDAY), "Sam Colleague")
            .withGroup(aGroup().named("Thursday SMART").meetingOn(THURSDAY), "Dana Lead")
            .withClients("Riley S.")
            .enrolling("Riley S.")
            .build();
    dana = a.staff("Dana Lead");
    thursdays = a.group("Thursday SMART");
    var riley = a.client("Riley S.");
    clientAccount =
        a.call(
            () ->
                accounts.openForClient(
                    riley.getId(), riley.getEmail(), "Riley S.", ClinicFixtures.PASSWORD));
    GroupSession second = sessionsOf(thursdays).get(1);
    cancelled =
        clinics.asClinicA(
            () ->
                sessions.cancel(
                    second.getId(), second.getVersion(), "Facilitator ill", ZoneId.of(CHICAGO)));
  }

  @Test
  void clientsFeedListsTheirSessionsUnderANeutralTitle() {
    String token = tokenIn(renew(clientAccount));

    String feed = publicCalendar.calendar(clinicA.getSlug(), token).orElseThrow();
    List<Event> events = parse(feed);

    assertThat(events)
        .extracting(Event::uid, Event::start, Event::end)
        .containsExactlyElementsOf(
            sessionsOf(thursdays).stream()
                .map(
                    session ->
                        tuple(
                            session.getId() + "@aftercare",
                            session.getStartsAt(),
                            session.getEndsAt()))
                .toList());
    assertThat(events).extracting(Event::summary).containsOnly("Aftercare session");
    // A clinic's name on a phone's lock screen would disclose treatment (42 CFR Part 2).
    assertThat(feed).doesNotContain(clinicA.getName()).doesNotContain(clinicA.getSlug());
    assertThat(events)
        .filteredOn(event -> "CANCELLED".equals(event.status()))
        .extracting(Event::uid)
        .containsExactly(cancelled.getId() + "@aftercare");
  }

  @Test
  void facilitatorsFeedListsTheSessionsTheyLeadUnderTheGroupsName() {
    String token = tokenIn(renew(dana));

    List<Event> events = parse(publicCalendar.calendar(clinicA.getSlug(), token).orElseThrow());

    assertThat(events)
        .extracting(Event::uid)
        .containsExactlyElementsOf(
            sessionsOf(thursdays).stream().map(session -> session.getId() + "@aftercare").toList());
    assertThat(events).extracting(Event::summary).containsOnly("Thursday SMART");
    assertThat(events)
        .filteredOn(event -> event.uid().equals(cancelled.getId() + "@aftercare"))
        .extracting(Event::status)
        .containsExactly("CANCELLED");
  }

  @Test
  void renewingTheAddressKillsTheOldOne() {
    String old = tokenIn(renew(clientAccount));

    String renewed = tokenIn(renew(clientAccount));

    assertThat(renewed).isNotEqualTo(old);
    assertThat(publicCalendar.calendar(clinicA.getSlug(), old)).isEmpty();
    assertThat(publicCalendar.calendar(clinicA.getSlug(), renewed)).isPresent();
  }

  @Test
  void aClientsFeedUrlNamesNoClinicAndItsEntriesCarryTheClinicsNeutralName() {
    clinics.asClinicA(() -> fixtures.useNeutralName("Wellness portal"));
    String url = renew(clientAccount);

    assertThat(url).doesNotContain(clinicA.getSlug()).contains("/" + clinicA.getId() + "/");
    List<Event> events = parse(publicCalendar.calendar(clinicIn(url), tokenIn(url)).orElseThrow());
    assertThat(events).extracting(Event::summary).containsOnly("Wellness portal session");
  }

  @Test
  void unknownClinicOrTokenGivesNothing() {
    String token = tokenIn(renew(dana));
    String clinicBSlug = tenants.find(clinics.clinicB()).orElseThrow().getSlug();

    assertThat(publicCalendar.calendar("no-such-clinic", token)).isEmpty();
    assertThat(publicCalendar.calendar(clinicA.getSlug(), "not-a-token")).isEmpty();
    assertThat(publicCalendar.calendar(clinicBSlug, token)).isEmpty();
    assertThat(publicCalendar.calendar(clinicA.getSlug(), token)).isPresent();
  }

  /** One VEVENT as a calendar app reads it. */
  record Event(String uid, Instant start, Instant end, String summary, String status) {}

  private static List<Event> parse(String calendar) {
    try {
      List<VEvent> events =
          new CalendarBuilder().build(new StringReader(calendar)).getComponents(Component.VEVENT);
      return events.stream()
          .map(
              event ->
                  new Event(
                      value(event, Property.UID),
                      instant(value(event, Property.DTSTART)),
                      instant(value(event, Property.DTEND)),
                      value(event, Property.SUMMARY),
                      value(event, Property.STATUS)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("Not a valid iCalendar file:\n" + calendar, e);
    }
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  private static Instant instant(String utc) {
    return Instant.from(UTC_DATE_TIME.parse(utc));
  }

  private String renew(Account account) {
    return clinics.asClinicA(() -> feeds.renew(account.getId()));
  }

  /** The clinic in {@code .../calendar/<clinic>/<token>.ics}. */
  private static String clinicIn(String url) {
    String[] parts = url.split("/");
    return parts[parts.length - 2];
  }

  /** The secret in {@code .../calendar/<clinic>/<token>.ics}. */
  private static String tokenIn(String url) {
    String file = url.substring(url.lastIndexOf('/') + 1);
    assertThat(file).endsWith(".ics");
    return file.substring(0, file.length() - ".ics".length());
  }

  private RecoveryGroup create(GroupDetails details, Account facilitator) {
    return clinics.asClinicA(() -> groups.create(details, Set.of(facilitator.getId())));
  }

  private List<GroupSession> sessionsOf(RecoveryGroup group) {
    return clinics.asClinicA(() -> sessions.ofGroup(group.getId(), LONG_AGO, 1000));
  }
}
