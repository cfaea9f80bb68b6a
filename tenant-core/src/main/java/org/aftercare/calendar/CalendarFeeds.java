package org.aftercare.calendar;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.MyGroups;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.LinkToken;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-person calendars of the current clinic: a client's own sessions, a member of staff's sessions
 * they lead. Clients' entries carry a neutral title, since calendars sync to phones, watches and
 * shared family calendars; staff see the group's name.
 */
@ApplicationScoped
@TenantAware
public class CalendarFeeds {

  private static final Duration HISTORY = Duration.ofDays(30);

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AccountService accounts;
  @Inject MyGroups myGroups;
  @Inject AuditService audit;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;

  @Inject
  @ConfigProperty(name = "aftercare.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Whether the person has a live feed URL (the URL itself is shown only when made). */
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public Optional<Instant> feedCreatedAt(UUID accountId) {
    care.requireIsCaller(accountId);
    return current(accountId).map(CalendarFeed::getCreatedAt);
  }

  /** Makes a new secret URL path and revokes the previous one; the token is shown only now. */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public String renew(UUID accountId) {
    care.requireIsCaller(accountId);
    current(accountId).ifPresent(CalendarFeed::revoke);
    em.flush();
    LinkToken token = LinkToken.create();
    var feed = new CalendarFeed(accountId, token.hash());
    em.persist(feed);
    audit.record(
        AuditAction.CALENDAR_FEED_CREATED,
        "CalendarFeed",
        feed.getAccountId(),
        AuditOutcome.SUCCESS);
    // The clinic's id, not its name: the URL sits in the person's calendar app.
    return publicUrl
        + "/calendar"
        + new FeedAddress(tenantContext.tenantId().orElseThrow().toString(), token.value()).path();
  }

  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public void revoke(UUID accountId) {
    care.requireIsCaller(accountId);
    current(accountId).ifPresent(CalendarFeed::revoke);
  }

  /** The calendar behind a feed token, if the token is live. */
  @Requires({})
  public Optional<String> calendarFor(String token) {
    return em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
        .setParameter("hash", LinkToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .flatMap(feed -> accounts.find(feed.getAccountId()))
        .filter(Account::isActive)
        .map(
            account -> {
              // Fetched by a calendar app on the person's behalf: the entry names them.
              audit.record(
                  account.getEmail(),
                  AuditAction.CALENDAR_FEED_FETCHED,
                  "CalendarFeed",
                  account.getId(),
                  AuditOutcome.SUCCESS);
              return calendarOf(account.getId());
            });
  }

  /** The person's calendar: their sessions from a month ago on. */
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public String calendarOf(UUID accountId) {
    care.requireIsCaller(accountId);
    // Loaded here, not taken from the caller: whose sessions these are follows from the account.
    Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account"));
    Instant from = clock.instant().minus(HISTORY);
    if (account.clientId().isPresent()) {
      String title = clinic.current().clientFacingName() + " session";
      return CalendarFiles.of(
          myGroups.sessionsOf(account.clientId().get(), from), session -> title, publicUrl + "/");
    }
    return CalendarFiles.of(
        ledBy(account.getId(), from), s -> s.getGroup().getName(), publicUrl + "/");
  }

  private List<GroupSession> ledBy(UUID accountId, Instant from) {
    return em.createQuery(
            "select s from GroupSession s join fetch s.group where s.endsAt > :from and "
                + GroupSessions.LED_BY
                + " order by s.startsAt",
            GroupSession.class)
        .setParameter("from", from)
        .setParameter("person", accountId)
        .getResultList();
  }

  private Optional<CalendarFeed> current(UUID accountId) {
    return em.createNamedQuery(CalendarFeed.CURRENT_OF, CalendarFeed.class)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }
}
