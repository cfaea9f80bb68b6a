package org.aftercare.mentoring;

import static org.aftercare.access.ApiScope.MENTORS_READ;
import static org.aftercare.access.ApiScope.MENTORS_WRITE;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Modality;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Putting a peer mentor next to a client. A client has at most one current mentor; assigning
 * another ends the current assignment (a transfer) and both stay in the history. A mentor's
 * caseload is capped by their capacity. Contact logs are written by the client's current mentor.
 */
@ApplicationScoped
@TenantAware
public class Mentoring {

  static final String AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AccountService accounts;
  @Inject ClientService clients;
  @Inject AuditService audit;

  /** A mentor who could take a client, and why they are suggested. */
  public record Suggestion(Account mentor, int freePlaces, boolean sharesModality) {}

  @Requires(CLINICIAN)
  @OpenToApiClients(MENTORS_READ)
  public Optional<MentorAssignment> currentOf(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select m from MentorAssignment m where m.clientId = :client and m.endedAt is null",
            MentorAssignment.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  @Requires(CLINICIAN)
  public List<MentorAssignment> historyOf(UUID clientId) {
    care.requireMayOpen(clientId);
    return em.createQuery(
            "select m from MentorAssignment m where m.clientId = :client order by m.startedAt desc",
            MentorAssignment.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** The clients a mentor currently mentors. */
  @Requires(PEER_MENTOR)
  @OpenToApiClients(MENTORS_READ)
  public List<UUID> menteesOf(UUID mentorId) {
    care.requireIsCaller(mentorId);
    return em.createQuery(
            "select m.clientId from MentorAssignment m where m.mentorId = :mentor"
                + " and m.endedAt is null order by m.startedAt",
            UUID.class)
        .setParameter("mentor", mentorId)
        .getResultList();
  }

  private boolean isCurrentMentor(UUID mentorId, UUID clientId) {
    return currentOf(clientId).map(a -> a.getMentorId().equals(mentorId)).orElse(false);
  }

  /**
   * Active peer mentors with free places: first those who lead a group of a kind the client is in,
   * then by most free places; mentors with a full caseload are left out.
   */
  @Requires(CLINICIAN)
  @OpenToApiClients(MENTORS_READ)
  public List<Suggestion> suggestionsFor(UUID clientId) {
    Set<Modality> clientKinds =
        Set.copyOf(
            em.createQuery(
                    "select distinct e.group.modality from Enrollment e"
                        + " where e.client.id = :client and e.status = :enrolled",
                    Modality.class)
                .setParameter("client", clientId)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED)
                .getResultList());
    Map<UUID, Long> caseloads = caseloads();
    return mentors().stream()
        .map(
            mentor ->
                new Suggestion(
                    mentor,
                    mentor.getCaseloadCapacity()
                        - caseloads.getOrDefault(mentor.getId(), 0L).intValue(),
                    leadsAnyOf(mentor.getId(), clientKinds)))
        .filter(s -> s.freePlaces() > 0)
        .sorted(
            Comparator.comparing(Suggestion::sharesModality)
                .reversed()
                .thenComparing(Suggestion::freePlaces, Comparator.reverseOrder())
                .thenComparing(s -> s.mentor().getDisplayName()))
        .toList();
  }

  /**
   * Assigns (or transfers to) a mentor. The client's row and then the mentor's are locked first, so
   * that two assignments at once neither give a client two current mentors nor take a mentor past
   * their capacity: the second waits and then sees the first.
   */
  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(MENTORS_WRITE)
  public MentorAssignment assign(UUID clientId, UUID mentorId) {
    clients.findLocked(clientId).orElseThrow(() -> new NotFoundException("Client"));
    Account mentor =
        accounts
            .findLocked(mentorId)
            .filter(Account::isActive)
            .filter(a -> a.getRoles().contains(Role.PEER_MENTOR))
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "mentor",
                        "Choose an active peer mentor.",
                        "refusal.mentoring.mentor.inactive"));
    Optional<MentorAssignment> current = currentOf(clientId);
    if (current.map(a -> a.getMentorId().equals(mentorId)).orElse(false)) {
      return current.get();
    }
    if (caseloads().getOrDefault(mentorId, 0L) >= mentor.getCaseloadCapacity()) {
      throw InvalidInputException.worded(
          "mentor",
          mentor.getDisplayName()
              + "'s caseload is full ("
              + mentor.getCaseloadCapacity()
              + "). Choose another mentor or raise their capacity.",
          "refusal.mentoring.caseload.full",
          mentor.getDisplayName(),
          mentor.getCaseloadCapacity());
    }
    Instant now = clock.instant();
    current.ifPresent(
        previous -> {
          previous.end("Transferred to " + mentor.getDisplayName(), now);
          em.flush();
        });
    var assignment = new MentorAssignment(clientId, mentorId, now);
    em.persist(assignment);
    audit.record(AuditAction.MENTOR_ASSIGNED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return assignment;
  }

  @Transactional
  @Requires(CLINICIAN)
  @OpenToApiClients(MENTORS_WRITE)
  public void end(UUID clientId, String reason) {
    MentorAssignment current =
        currentOf(clientId).orElseThrow(() -> new NotFoundException("Mentor assignment"));
    current.end(reason == null || reason.isBlank() ? "Ended" : reason.trim(), clock.instant());
    audit.record(AuditAction.MENTOR_ASSIGNMENT_ENDED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
  }

  /** Writes a contact in the log; only the client's current mentor may. */
  @Transactional
  @Requires(PEER_MENTOR)
  public MentorContact logContact(UUID mentorId, UUID clientId, ContactLog entry, LocalDate today) {
    care.requireIsCaller(mentorId);
    requireMentorOf(mentorId, clientId);
    entry.validate(today);
    var contact = new MentorContact(clientId, mentorId, entry);
    em.persist(contact);
    audit.record(AuditAction.MENTOR_CONTACT_LOGGED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return contact;
  }

  @Transactional
  @Requires(PEER_MENTOR)
  public void followedUp(UUID mentorId, UUID contactId) {
    care.requireIsCaller(mentorId);
    MentorContact contact = em.find(MentorContact.class, contactId);
    if (contact == null) {
      throw new NotFoundException("Contact");
    }
    requireMentorOf(mentorId, contact.getClientId());
    contact.followedUp(clock.instant());
  }

  @Requires({CLINICIAN, PEER_MENTOR})
  public List<MentorContact> contactsOf(UUID clientId) {
    care.requireMayOpen(clientId);
    audit.record(AuditAction.CONTACT_NOTES_VIEWED, "Client", clientId, AuditOutcome.SUCCESS);
    return em.createQuery(
            "select c from MentorContact c where c.clientId = :client"
                + " order by c.contactDate desc, c.createdAt desc",
            MentorContact.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** The mentor's follow-ups due by {@code day}, for their current mentees only. */
  @Requires(PEER_MENTOR)
  public List<MentorContact> dueFollowUps(UUID mentorId, LocalDate day) {
    care.requireIsCaller(mentorId);
    return em.createQuery(
            "select c from MentorContact c where c.mentorId = :mentor and c.followUpDate <= :day"
                + " and c.followUpDoneAt is null and exists (select m from MentorAssignment m"
                + " where m.clientId = c.clientId and m.mentorId = :mentor and m.endedAt is null)"
                + " order by c.followUpDate",
            MentorContact.class)
        .setParameter("mentor", mentorId)
        .setParameter("day", day)
        .getResultList();
  }

  /** Refuses unless the mentor currently mentors the client: mentors see only their mentees. */
  private void requireMentorOf(UUID mentorId, UUID clientId) {
    if (!isCurrentMentor(mentorId, clientId)) {
      throw new ForbiddenException("Only the client's current mentor can see or write this.");
    }
  }

  private List<Account> mentors() {
    return accounts.staff().stream()
        .filter(Account::isActive)
        .filter(a -> a.getRoles().contains(Role.PEER_MENTOR))
        .toList();
  }

  private Map<UUID, Long> caseloads() {
    return em.createQuery(
            "select m.mentorId, count(m) from MentorAssignment m where m.endedAt is null"
                + " group by m.mentorId",
            Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
  }

  private boolean leadsAnyOf(UUID mentorId, Set<Modality> kinds) {
    if (kinds.isEmpty()) {
      return false;
    }
    return !em.createQuery(
            "select g.id from RecoveryGroup g where g.modality in :kinds and exists"
                + " (select f from GroupFacilitator f where f.groupId = g.id and f.accountId = :mentor)",
            UUID.class)
        .setParameter("kinds", kinds)
        .setParameter("mentor", mentorId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Sets how many mentees a peer mentor takes at most (clinic admins, from the staff page). */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public Account changeCaseloadCapacity(UUID accountId, int capacity) {
    if (capacity < 0 || capacity > 100) {
      throw InvalidInputException.worded(
          "caseloadCapacity",
          "A caseload is between 0 and 100 mentees.",
          "refusal.mentoring.caseload.capacity");
    }
    Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account"));
    account.setCaseloadCapacity(capacity);
    return account;
  }
}
