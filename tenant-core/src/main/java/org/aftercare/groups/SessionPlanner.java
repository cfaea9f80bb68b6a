package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a group's materialised sessions in step with its schedule over a rolling window: missing
 * occurrences are added, occurrences the rule no longer gives are removed, untouched sessions take
 * the current duration. Only sessions from {@code from} on are touched, so editing a rule changes
 * future sessions only. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class SessionPlanner {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "aftercare.groups.horizon-days", defaultValue = "91")
  int horizonDays;

  /** The occurrences the schedule gives from {@code from} to the end of the window. */
  List<Instant> plannedStarts(Schedule schedule, Instant from) {
    return schedule.occurrences(from, horizonFrom(from));
  }

  Instant horizonFrom(Instant from) {
    return from.plus(Duration.ofDays(horizonDays));
  }

  void plan(RecoveryGroup group, Instant from) {
    Schedule schedule = group.schedule();
    Set<Instant> planned =
        group.getStatus() == GroupStatus.ACTIVE
            ? new HashSet<>(plannedStarts(schedule, from))
            : Set.of();
    List<GroupSession> existing =
        em.createQuery(
                "select s from GroupSession s where s.group = :group and s.occurrence >= :from",
                GroupSession.class)
            .setParameter("group", group)
            .setParameter("from", from)
            .getResultList();
    for (GroupSession session : existing) {
      if (!planned.remove(session.getOccurrence())) {
        em.remove(session);
      } else if (!session.isChangedByHand()) {
        session.retime(session.getOccurrence(), schedule.duration());
      }
    }
    planned.stream()
        .sorted()
        .forEach(start -> em.persist(new GroupSession(group, start, schedule.duration())));
  }
}
