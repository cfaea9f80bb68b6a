package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.identity.Account;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * What a care team's EHR reads through the FHIR API, as the API client its token names: only
 * clients with a care-team recipient that pulls as this API client and a consent in force covering
 * that recipient, limited to what the consent allows. Every answer that carries a client's
 * information is recorded as a disclosure the client sees, in the answer's own transaction.
 */
@ApplicationScoped
@TenantAware
public class PulledRecords {

  /** The longest period one read covers. */
  static final int MAX_PERIOD_DAYS = 366;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject Consents consents;
  @Inject SummaryMessages summaryMessages;
  @Inject AttendanceService attendance;
  @Inject ClinicSettingsService clinic;
  @Inject Mentoring mentoring;
  @Inject Enrollments enrollments;
  @Inject GroupService groups;

  /**
   * The clients shared with this API client, by record number (and its system) when given: {@code
   * count} from {@code offset} on, and how many there are in all. Only the page returned is
   * disclosed.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public PulledClients clients(
      Optional<String> patientSystem, Optional<String> patientMrn, int offset, int count) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    List<PulledClient> shared =
        recipients(null, patientMrn.orElse(null)).stream()
            .filter(
                recipient ->
                    patientSystem.isEmpty()
                        || patientSystem.get().equals(recipient.getPatientSystem()))
            .flatMap(recipient -> pulled(recipient, today).stream())
            .toList();
    List<PulledClient> page =
        shared.subList(Math.min(offset, shared.size()), Math.min(offset + count, shared.size()));
    page.forEach(client -> disclose(client, today, today));
    return new PulledClients(List.copyOf(page), shared.size());
  }

  /**
   * One client, when shared with this API client. Not found when never shared with it (or of
   * another clinic); {@link NoLongerSharedException} when its consent was revoked or has ended.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public PulledClient client(UUID clientId) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    PulledClient client = find(clientId, today);
    disclose(client, today, today);
    return client;
  }

  /**
   * The client's adherence summary over {@code from}–{@code to}, within what the consent allows.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public SummaryMessage summary(UUID clientId, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    checkPeriod(from, to, today);
    PulledClient client = find(clientId, today);
    SummaryMessage message = summaryOf(client, from, to);
    disclose(client, from, to);
    return message;
  }

  /** The client's recorded attendance of sessions that started within {@code from}–{@code to}. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public List<Attendance> attendance(UUID clientId, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    checkPeriod(from, to, today);
    PulledClient client = find(clientId, today);
    List<Attendance> records = attendanceOf(clientId, from, to);
    disclose(client, from, to);
    return records;
  }

  /** The client a consent is of, when it is the consent in force that lets this client read. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public PulledClient underConsent(UUID consentId) {
    Consent consent = em.find(Consent.class, consentId);
    if (consent == null) {
      throw new NotFoundException("Consent");
    }
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    PulledClient client = find(consent.getClientId(), today);
    if (!client.consent().getId().equals(consentId)) {
      throw new NotFoundException("Consent");
    }
    disclose(client, today, today);
    return client;
  }

  /**
   * The clients shared with this API client, of one group or all, for an export to go through one
   * by one with {@link #everything}; nothing is disclosed yet.
   */
  @Requires({})
  @OpenToApiClients
  public List<PulledClient> toExport(Optional<UUID> groupId) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    Set<UUID> members = groupId.map(this::membersOf).orElse(null);
    return recipients(null, null).stream()
        .filter(recipient -> members == null || members.contains(recipient.getClientId()))
        .flatMap(recipient -> pulled(recipient, today).stream())
        .toList();
  }

  /**
   * All an API client may have of one client over {@code from}–{@code to}: their summary and their
   * attendance, as one disclosure.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public PulledRecord everything(UUID clientId, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    checkPeriod(from, to, today);
    PulledClient client = find(clientId, today);
    var record =
        new PulledRecord(client, summaryOf(client, from, to), attendanceOf(clientId, from, to));
    disclose(client, from, to);
    return record;
  }

  /** The clinic's groups that have members shared with this API client, and those members. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public List<SharedGroup> groups() {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    List<PulledClient> shared =
        recipients(null, null).stream().flatMap(r -> pulled(r, today).stream()).toList();
    List<RecoveryGroup> all =
        em.createQuery("select g from RecoveryGroup g order by g.name", RecoveryGroup.class)
            .getResultList();
    List<SharedGroup> groups = new ArrayList<>();
    for (RecoveryGroup group : all) {
      Set<UUID> members = membersOf(group.getId());
      List<PulledClient> sharedMembers =
          shared.stream().filter(client -> members.contains(client.clientId())).toList();
      if (!sharedMembers.isEmpty()) {
        groups.add(new SharedGroup(group.getId(), group.getName(), sharedMembers));
      }
    }
    groups.forEach(group -> group.members().forEach(client -> disclose(client, today, today)));
    return groups;
  }

  private Set<UUID> membersOf(UUID groupId) {
    return Set.copyOf(
        em.createQuery(
                "select e.client.id from Enrollment e where e.group.id = :group"
                    + " and e.status = :enrolled",
                UUID.class)
            .setParameter("group", groupId)
            .setParameter("enrolled", EnrollmentStatus.ENROLLED)
            .getResultList());
  }

  /**
   * The client's peer mentor and group facilitators, when the client is shared with this client.
   */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public SharedCareTeam careTeamOf(UUID clientId) {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    PulledClient client = find(clientId, today);
    List<SharedCareTeam.Member> members = new ArrayList<>();
    mentoring
        .currentOf(clientId)
        .ifPresent(
            mentor ->
                members.add(
                    new SharedCareTeam.Member(
                        nameOf(mentor.getMentorId()),
                        SharedCareTeam.Role.PEER_MENTOR,
                        mentor.getStartedAt())));
    enrollments.currentOf(clientId).stream()
        .filter(enrollment -> enrollment.getStatus() == EnrollmentStatus.ENROLLED)
        .flatMap(enrollment -> groups.facilitatorsOf(enrollment.getGroup().getId()).stream())
        .distinct()
        .forEach(
            facilitator ->
                members.add(
                    new SharedCareTeam.Member(
                        nameOf(facilitator), SharedCareTeam.Role.GROUP_FACILITATOR, null)));
    disclose(client, today, today);
    return new SharedCareTeam(clientId, List.copyOf(members));
  }

  private String nameOf(UUID accountId) {
    Account account = em.find(Account.class, accountId);
    return account == null ? "Former staff" : account.getDisplayName();
  }

  /** One recorded attendance, when its client is shared with this API client. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public Attendance attendanceRecord(UUID attendanceId) {
    Attendance record = em.find(Attendance.class, attendanceId);
    if (record == null) {
      throw new NotFoundException("Attendance");
    }
    ZoneId zone = zone();
    PulledClient client = find(record.getClient().getId(), LocalDate.now(clock.withZone(zone)));
    LocalDate day = LocalDate.ofInstant(record.getSession().getStartsAt(), zone);
    disclose(client, day, day);
    return record;
  }

  /** The clinic's date, from which a read's default period counts back. */
  @Requires({})
  @OpenToApiClients
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  private ZoneId zone() {
    return ZoneId.of(clinic.current().timeZone());
  }

  private static void checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
    if (from == null || to == null || from.isAfter(to)) {
      throw InvalidInputException.worded(
          "date",
          "Give a period whose start is not after its end.",
          "refusal.sharing.pulled.periodOrder");
    }
    if (to.isAfter(today.plusDays(1)) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
      throw InvalidInputException.worded(
          "date",
          "A period ends by tomorrow and covers at most " + MAX_PERIOD_DAYS + " days.",
          "refusal.sharing.pulled.periodTooLong",
          MAX_PERIOD_DAYS);
    }
  }

  private PulledClient find(UUID clientId, LocalDate today) {
    List<CareTeamRecipient> recipients = recipients(clientId, null);
    if (recipients.isEmpty()) {
      throw new NotFoundException("Patient");
    }
    Optional<PulledClient> shared =
        recipients.stream().flatMap(recipient -> pulled(recipient, today).stream()).findFirst();
    if (shared.isPresent()) {
      return shared.get();
    }
    // Gone only for a client this API client could read before: never consented is not found.
    boolean sharedBefore =
        em
            .createQuery(
                "select c from Consent c where c.clientId = :client and c.givenAt <= :now",
                Consent.class)
            .setParameter("client", clientId)
            .setParameter("now", clock.instant())
            .getResultList()
            .stream()
            .anyMatch(
                consent ->
                    !consent.getStartsOn().isAfter(today)
                        && recipients.stream().anyMatch(r -> consent.names(r.getId())));
    throw sharedBefore ? new NoLongerSharedException() : new NotFoundException("Patient");
  }

  private List<CareTeamRecipient> recipients(UUID clientId, String patientMrn) {
    UUID me = caller.requireApiClient().apiClientId();
    var query =
        em.createQuery(
                "select r from CareTeamRecipient r where r.apiClientId = :me and r.removedAt is null"
                    + (clientId == null ? "" : " and r.clientId = :client")
                    + (patientMrn == null ? "" : " and r.patientMrn = :mrn")
                    + " order by r.createdAt",
                CareTeamRecipient.class)
            .setParameter("me", me);
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    if (patientMrn != null) {
      query.setParameter("mrn", patientMrn);
    }
    return query.getResultList();
  }

  private Optional<PulledClient> pulled(CareTeamRecipient recipient, LocalDate today) {
    return consents
        .covering(recipient, today)
        .map(
            consent ->
                new PulledClient(
                    recipient.getClientId(),
                    recipient.getId(),
                    recipient.getName(),
                    recipient.getPatientSystem(),
                    recipient.getPatientMrn(),
                    consent));
  }

  private SummaryMessage summaryOf(PulledClient client, LocalDate from, LocalDate to) {
    return summaryMessages.write(
        UUID.randomUUID(),
        clock.instant(),
        em.find(CareTeamRecipient.class, client.recipientId()),
        client.consent(),
        from,
        to);
  }

  private List<Attendance> attendanceOf(UUID clientId, LocalDate from, LocalDate to) {
    ZoneId zone = zone();
    return attendance.historyOf(
        clientId,
        from.atStartOfDay(zone).toInstant(),
        to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private void disclose(PulledClient client, LocalDate from, LocalDate to) {
    CareTeamRecipient recipient = em.find(CareTeamRecipient.class, client.recipientId());
    em.persist(new Disclosure(client.consent(), recipient, from, to, clock.instant()));
  }
}
