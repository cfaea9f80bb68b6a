package org.aftercare.groups;

import static org.aftercare.access.ApiScope.GROUPS_READ;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Setting up and changing the current clinic's recovery groups. Saving checks every field, the
 * facilitators' other sessions and the seats already taken, then brings the sessions in step with
 * the schedule; nothing is saved when a check fails.
 */
@ApplicationScoped
@TenantAware
public class GroupService {

  static final String AUDIT_TYPE = "RecoveryGroup";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject SessionPlanner planner;
  @Inject FacilitatorConflicts conflicts;
  @Inject Enrollments enrollments;
  @Inject AccountService accounts;
  @Inject AuditService audit;

  @Requires({CLINIC_ADMIN, CLINICIAN})
  @OpenToApiClients(GROUPS_READ)
  public List<RecoveryGroup> list(GroupFilter filter) {
    var where = new ArrayList<String>(List.of("1 = 1"));
    if (filter.modality() != null) {
      where.add("g.modality = :modality");
    }
    if (filter.status() != null) {
      where.add("g.status = :status");
    }
    if (filter.facilitator() != null) {
      where.add(
          "exists (select f from GroupFacilitator f where f.groupId = g.id"
              + " and f.accountId = :facilitator)");
    }
    var query =
        em.createQuery(
            "select g from RecoveryGroup g where "
                + String.join(" and ", where)
                + " order by lower(g.name), g.id",
            RecoveryGroup.class);
    if (filter.modality() != null) {
      query.setParameter("modality", filter.modality());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.facilitator() != null) {
      query.setParameter("facilitator", filter.facilitator());
    }
    return query.getResultList();
  }

  @Requires({CLINIC_ADMIN, CLINICIAN})
  @OpenToApiClients(GROUPS_READ)
  public Optional<RecoveryGroup> find(UUID groupId) {
    return Optional.ofNullable(em.find(RecoveryGroup.class, groupId));
  }

  @Requires({CLINIC_ADMIN, CLINICIAN})
  public RecoveryGroup get(UUID groupId) {
    return find(groupId).orElseThrow(() -> new NotFoundException("Group"));
  }

  @Requires({CLINIC_ADMIN, CLINICIAN})
  @OpenToApiClients(GROUPS_READ)
  public List<UUID> facilitatorsOf(UUID groupId) {
    return conflicts.facilitatorsOf(groupId);
  }

  /** Facilitators of every group, for lists that show them. */
  @Requires({CLINIC_ADMIN, CLINICIAN})
  @OpenToApiClients(GROUPS_READ)
  public Map<UUID, List<UUID>> facilitatorsByGroup() {
    return em.createQuery("select f from GroupFacilitator f", GroupFacilitator.class)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                GroupFacilitator::getGroupId,
                Collectors.mapping(GroupFacilitator::getAccountId, Collectors.toList())));
  }

  /** Staff who may lead groups: active clinicians, peer mentors and admins. */
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR})
  public List<Account> eligibleFacilitators() {
    return accounts.staff().stream().filter(GroupService::mayFacilitate).toList();
  }

  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public RecoveryGroup create(GroupDetails details, Set<UUID> facilitators) {
    details.validate();
    Instant now = clock.instant();
    Schedule schedule = details.schedule();
    if (schedule.firstDay().isBefore(LocalDate.ofInstant(now, schedule.zone()))) {
      throw InvalidInputException.worded(
          "firstDay", "The first session cannot be in the past.", "refusal.groups.firstDayPast");
    }
    checkFacilitators(facilitators);
    var group = new RecoveryGroup(details);
    refuseClashes(group.getId(), schedule, facilitators, now);
    em.persist(group);
    facilitators.forEach(person -> em.persist(new GroupFacilitator(group.getId(), person)));
    em.flush();
    planner.plan(group, now);
    audit.record(AuditAction.GROUP_CREATED, AUDIT_TYPE, group.getId(), AuditOutcome.SUCCESS);
    return group;
  }

  /**
   * Applies the editor's changes to a group last read at {@code version}. A changed schedule
   * replaces future sessions only; past ones and their history stay.
   */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public RecoveryGroup update(
      UUID groupId, long version, GroupDetails details, Set<UUID> facilitators) {
    details.validate();
    RecoveryGroup group = em.find(RecoveryGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    if (group == null) {
      throw new NotFoundException("Group");
    }
    if (group.getVersion() != version) {
      throw changedMeanwhile(null);
    }
    long seatsTaken = enrollments.seatsTaken(group);
    if (details.capacity() < seatsTaken) {
      throw InvalidInputException.worded(
          "capacity",
          seatsTaken
              + " clients hold seats in this group; capacity cannot go below that. Withdraw"
              + " someone first.",
          "refusal.groups.capacityBelowSeats",
          seatsTaken);
    }
    checkFacilitators(facilitators);
    Instant now = clock.instant();
    refuseClashes(groupId, details.schedule(), facilitators, now);
    group.apply(details);
    em.createQuery("delete from GroupFacilitator f where f.groupId = :group")
        .setParameter("group", groupId)
        .executeUpdate();
    facilitators.forEach(person -> em.persist(new GroupFacilitator(groupId, person)));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile(e);
    }
    planner.plan(group, now);
    enrollments.offerFreeSeats(group, now);
    audit.record(AuditAction.GROUP_UPDATED, AUDIT_TYPE, groupId, AuditOutcome.SUCCESS);
    return group;
  }

  /** Ends a group: future sessions go, history and enrolments stay. */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN})
  public RecoveryGroup archive(UUID groupId) {
    RecoveryGroup group = get(groupId);
    group.archive();
    planner.plan(group, clock.instant());
    audit.record(AuditAction.GROUP_ARCHIVED, AUDIT_TYPE, groupId, AuditOutcome.SUCCESS);
    return group;
  }

  /** Extends every active group's sessions to the end of the rolling window. */
  @Transactional
  @Requires({})
  public int extendSchedules(Instant now) {
    List<RecoveryGroup> active = list(GroupFilter.active());
    active.forEach(group -> planner.plan(group, now));
    return active.size();
  }

  private void refuseClashes(UUID groupId, Schedule schedule, Set<UUID> facilitators, Instant now) {
    var slots =
        planner.plannedStarts(schedule, now).stream()
            .map(start -> new FacilitatorConflicts.Slot(start, schedule.duration(), facilitators))
            .toList();
    conflicts.refuseClashes(groupId, slots, schedule.zone(), "facilitators");
  }

  private void checkFacilitators(Set<UUID> facilitators) {
    if (facilitators == null || facilitators.isEmpty()) {
      throw InvalidInputException.worded(
          "facilitators", "Choose at least one facilitator.", "refusal.groups.facilitators.none");
    }
    for (UUID person : facilitators) {
      if (accounts.find(person).filter(GroupService::mayFacilitate).isEmpty()) {
        throw InvalidInputException.worded(
            "facilitators",
            "Facilitators are active clinicians, peer mentors or clinic admins.",
            "refusal.groups.facilitators.notStaff");
      }
    }
  }

  static boolean mayFacilitate(Account account) {
    return account.isActive()
        && account.clientId().isEmpty()
        && account.getRoles().stream()
            .anyMatch(
                role ->
                    role == Role.CLINICIAN
                        || role == Role.PEER_MENTOR
                        || role == Role.CLINIC_ADMIN);
  }

  private static ConflictException changedMeanwhile(Exception cause) {
    return ConflictException.worded(
            "Someone else changed this group while you were editing. Reopen it to see their"
                + " changes.",
            "refusal.groups.changedMeanwhile")
        .causedBy(cause);
  }
}
