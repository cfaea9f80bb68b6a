package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.attendance.Attendance;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.checkins.Milestone;
import org.aftercare.checkins.RecoveryMilestones;
import org.aftercare.checkins.SupportAlert;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * What the clinician and the mentor see first. The clinician's: flagged clients (most reasons
 * first), today's sessions, open support alerts. The mentor's: only their current mentees, each
 * with last attendance, last check-in, days in recovery, open alerts and flags — engagement only,
 * never the clinical record.
 */
@ApplicationScoped
@TenantAware
public class Dashboards {

  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject EngagementFlags flags;
  @Inject GroupSessions sessions;
  @Inject SupportAlerts alerts;
  @Inject Mentoring mentoring;
  @Inject ClinicSettingsService clinic;

  public record FlaggedClient(Client client, List<Flag> flags) {}

  public record OpenAlert(SupportAlert alert, Client client) {}

  public record ClinicianView(
      List<FlaggedClient> flagged, List<GroupSession> today, List<OpenAlert> openAlerts) {}

  /** How far ahead a mentor sees a mentee's milestone coming, to plan a word or a call. */
  public static final int MILESTONE_DAYS_AHEAD = 14;

  /**
   * One mentee on the mentor's list; {@code upcomingMilestone} only when it falls within {@link
   * #MILESTONE_DAYS_AHEAD} days.
   */
  public record Mentee(
      Client client,
      Optional<Attendance> lastAttendance,
      Optional<LocalDate> lastCheckIn,
      Optional<Long> daysInRecovery,
      Optional<Milestone> upcomingMilestone,
      int openAlerts,
      List<Flag> flags) {}

  @Requires(CLINICIAN)
  public ClinicianView forClinician(Instant now) {
    audit.record(AuditAction.ENGAGEMENT_VIEWED, "Dashboard", null, AuditOutcome.SUCCESS);
    ZoneId zone = zone();
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<SupportAlert> raisedAlerts = alerts.open();
    Map<UUID, List<Flag>> raised = flags.byClient(now);
    var people =
        clientsById(
            Stream.concat(
                    raisedAlerts.stream().map(SupportAlert::getClientId), raised.keySet().stream())
                .collect(Collectors.toSet()));
    List<OpenAlert> open = openAlerts(raisedAlerts, people);
    var asking = open.stream().map(a -> a.client().getId()).collect(Collectors.toSet());
    List<FlaggedClient> flagged =
        raised.entrySet().stream()
            .filter(entry -> people.containsKey(entry.getKey()))
            .map(entry -> new FlaggedClient(people.get(entry.getKey()), entry.getValue()))
            // Someone asking for support right now comes first, then the most reasons.
            .sorted(
                Comparator.comparing((FlaggedClient f) -> !asking.contains(f.client().getId()))
                    .thenComparing(f -> -f.flags().size())
                    .thenComparing(f -> f.client().getDisplayName()))
            .toList();
    return new ClinicianView(
        flagged,
        sessions.between(
            today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant()),
        open);
  }

  /** The mentor's current mentees; no one else's data is read. */
  @Requires(PEER_MENTOR)
  public List<Mentee> forMentor(UUID mentorId, Instant now) {
    care.requireIsCaller(mentorId);
    audit.record(AuditAction.ENGAGEMENT_VIEWED, "Dashboard", mentorId, AuditOutcome.SUCCESS);
    List<UUID> mentees = mentoring.menteesOf(mentorId);
    if (mentees.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Flag>> raised = flags.byClient(mentees, now);
    ZoneId zone = zone();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Map<UUID, Client> people = clientsById(mentees);
    return mentees.stream()
        .filter(people::containsKey)
        .map(people::get)
        .map(
            client ->
                new Mentee(
                    client,
                    lastAttendance(client.getId()),
                    lastCheckIn(client.getId()),
                    Optional.ofNullable(client.getRecoveryStartDate())
                        .map(start -> ChronoUnit.DAYS.between(start, today)),
                    Optional.ofNullable(client.getRecoveryStartDate())
                        .flatMap(
                            start ->
                                RecoveryMilestones.within(start, now, zone, MILESTONE_DAYS_AHEAD)),
                    alerts.openOf(client.getId()).size(),
                    raised.getOrDefault(client.getId(), List.of())))
        .sorted(Comparator.comparing((Mentee m) -> m.flags().size() + m.openAlerts()).reversed())
        .toList();
  }

  /** Open alerts of the mentor's own mentees. */
  @Requires(PEER_MENTOR)
  public List<OpenAlert> openAlertsForMentor(UUID mentorId) {
    care.requireIsCaller(mentorId);
    var mine = mentoring.menteesOf(mentorId);
    var theirs = alerts.open().stream().filter(a -> mine.contains(a.getClientId())).toList();
    return openAlerts(theirs, clientsById(mine));
  }

  private static List<OpenAlert> openAlerts(List<SupportAlert> open, Map<UUID, Client> people) {
    return open.stream()
        .filter(alert -> people.containsKey(alert.getClientId()))
        .map(alert -> new OpenAlert(alert, people.get(alert.getClientId())))
        .toList();
  }

  /**
   * The clients, in one read: a dashboard lists many, and each must not cost a statement. The
   * callers checked who may see them (the role, the mentor's own mentees).
   */
  private Map<UUID, Client> clientsById(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c from Client c where c.id in :ids", Client.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Client::getId, Function.identity()));
  }

  private Optional<Attendance> lastAttendance(UUID clientId) {
    return em.createQuery(
            "select a from Attendance a join fetch a.session s join fetch s.group"
                + " where a.client.id = :client order by s.startsAt desc",
            Attendance.class)
        .setParameter("client", clientId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Optional<LocalDate> lastCheckIn(UUID clientId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(c.day) from DailyCheckIn c where c.clientId = :client", LocalDate.class)
            .setParameter("client", clientId)
            .getSingleResult());
  }

  private ZoneId zone() {
    return ZoneId.of(clinic.current().timeZone());
  }
}
