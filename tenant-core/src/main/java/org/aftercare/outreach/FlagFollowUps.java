package org.aftercare.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.engagement.EngagementFlags;
import org.aftercare.engagement.FlagChanges;
import org.aftercare.engagement.FlagReason;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Turns the clinic's flags into follow-ups; the upkeep runs it hourly, per clinic. A flag episode
 * lasts from a client's first flag until they have none: it opens one task (due by {@link
 * DueDates}), which the client's current mentor takes, or the clinic's clinicians when there is
 * none. While it lasts, new reasons join the open task (an urgent one makes it due today, snoozed
 * or not); news after the task was done begins a new episode with a task of its own. When the flags
 * clear the episode ends, and a task still open is closed by itself.
 *
 * <p>Every portal instance runs this. What it writes is guarded in the statement itself: a task is
 * inserted only while the client has no ongoing episode (a partial unique index), and updates apply
 * only to an episode still ongoing, so two runs at once open one task and neither fails.
 */
@ApplicationScoped
@TenantAware
public class FlagFollowUps {

  @PersistenceContext private EntityManager em;
  @Inject EngagementFlags flags;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;

  /** How many tasks were opened. */
  @Transactional
  @Requires({})
  public int openForNewFlags(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(clinic.current().timeZone()));
    Map<UUID, OutreachTask> ongoing =
        em.createQuery(
                "select t from OutreachTask t where t.episodeEndedAt is null", OutreachTask.class)
            .getResultStream()
            .collect(Collectors.toMap(OutreachTask::getClientId, Function.identity()));
    var changes =
        FlagChanges.since(
            ongoing.values().stream()
                .collect(Collectors.toMap(OutreachTask::getClientId, OutreachTask::flagsSeen)),
            flags.byClient(now));
    Map<UUID, UUID> mentors = currentMentors();
    int opened = 0;
    for (var flagged : changes.raised().entrySet()) {
      UUID client = flagged.getKey();
      Set<FlagReason> reasons = flagged.getValue();
      OutreachTask task = ongoing.get(client);
      if (task == null) {
        opened += open(client, mentors.get(client), reasons, now, today);
      } else if (!task.isOpen() && !changes.freshOf(client).isEmpty()) {
        if (endEpisode(task, now) == 1) {
          opened += open(client, mentors.get(client), reasons, now, today);
        }
      } else {
        keepUp(task, reasons, changes.freshOf(client), mentors.get(client), today);
      }
    }
    changes.cleared().forEach(client -> endEpisode(ongoing.get(client), now));
    return opened;
  }

  private Map<UUID, UUID> currentMentors() {
    return em.createQuery(
            "select m.clientId, m.mentorId from MentorAssignment m where m.endedAt is null",
            Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (UUID) row[1]));
  }

  /** 1 when this run opened the task; 0 when another run did so first. */
  private int open(
      UUID client, UUID mentor, Set<FlagReason> reasons, Instant now, LocalDate today) {
    String codes = FlagChanges.codes(reasons);
    return ClinicSql.query(
            em,
            "insert into outreach_task (id, tenant_id, client_id, mentor_id, reasons, flags_seen,"
                + " urgent, opened_at, due_on, status)"
                + " values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?5, ?6, ?7, ?8, 'OPEN')"
                + " on conflict (tenant_id, client_id) where episode_ended_at is null do nothing")
        .setParameter(1, Identifiers.newId())
        .setParameter(2, tenantContext.tenantId().orElseThrow())
        .setParameter(3, client)
        .setParameter(4, mentor == null ? null : mentor.toString())
        .setParameter(5, codes)
        .setParameter(6, DueDates.isUrgent(reasons))
        .setParameter(7, Timestamp.from(now))
        .setParameter(8, Date.valueOf(DueDates.dueOn(reasons, today)))
        .executeUpdate();
  }

  /**
   * The episode goes on: remember its flags, let new reasons join, bring an urgent one forward to
   * today, and hand an open task to the client's mentor of now.
   */
  private void keepUp(
      OutreachTask task,
      Set<FlagReason> reasons,
      Set<FlagReason> fresh,
      UUID mentor,
      LocalDate today) {
    Set<FlagReason> all = EnumSet.copyOf(reasons);
    all.addAll(task.reasons());
    boolean urgentNews = DueDates.isUrgent(fresh) && task.isOpen();
    boolean sameFlags = task.flagsSeen().equals(reasons) && task.reasons().equals(all);
    boolean sameMentor = !task.isOpen() || Objects.equals(task.mentorId().orElse(null), mentor);
    if (sameFlags && sameMentor && !urgentNews) {
      return;
    }
    ClinicSql.query(
            em,
            "update outreach_task set flags_seen = ?1, reasons = ?2,"
                + " urgent = urgent or ?3,"
                + " due_on = case when ?3 and due_on > ?4 then ?4 else due_on end,"
                + " snoozed_until = case when ?3 then null else snoozed_until end,"
                + " snooze_reason = case when ?3 then null else snooze_reason end,"
                + " mentor_id = case when status = 'OPEN' then cast(?5 as uuid) else mentor_id end,"
                + " version = version + 1"
                + " where id = ?6 and episode_ended_at is null")
        .setParameter(1, FlagChanges.codes(reasons))
        .setParameter(2, FlagChanges.codes(all))
        .setParameter(3, urgentNews)
        .setParameter(4, Date.valueOf(today))
        .setParameter(5, mentor == null ? null : mentor.toString())
        .setParameter(6, task.getId())
        .executeUpdate();
  }

  /** Ends the task's episode, closing it by itself if still open; 0 if another run already had. */
  private int endEpisode(OutreachTask task, Instant now) {
    return ClinicSql.query(
            em,
            "update outreach_task set episode_ended_at = ?1,"
                + " closed_at = case when status = 'OPEN' then ?1 else closed_at end,"
                + " status = case when status = 'OPEN' then 'CLOSED_BY_ITSELF' else status end,"
                + " version = version + 1"
                + " where id = ?2 and episode_ended_at is null")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, task.getId())
        .executeUpdate();
  }
}
