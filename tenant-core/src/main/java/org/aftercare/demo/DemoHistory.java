package org.aftercare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.clients.Client;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.Schedule;
import org.aftercare.mentoring.ContactChannel;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Twelve weeks of a demo clinic's past, written once when the clinic is seeded: sessions held and
 * their rosters, the circle's last session with only the members' own check-ins, daily check-ins
 * with good and bad weeks, one client slipping (missing groups, craving rising), a lapse answered
 * by the mentor, the mentor's contacts and follow-ups, support requests (one still open), and
 * standard measures ({@link DemoMeasures}).
 *
 * <p>Why plain SQL into the services' own tables rather than the services: every service stamps its
 * work with the portal's one {@link Clock} and rightly refuses the past (no group starting
 * yesterday, no check-in for last Tuesday, no roster before a session). Turning that clock back for
 * the seed would turn it back for every request running meanwhile. So the seed writes the very rows
 * the services write, with past times, in one transaction per clinic under row-level security — as
 * the core's tests write a clinic's past. The figures are drawn from a fixed seed per clinic, so
 * the demo looks the same at every first start on a given day.
 */
@ApplicationScoped
@TenantAware
class DemoHistory {

  static final int WEEKS = 12;

  private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

  /** The slipping client has missed every session in the last this many days. */
  private static final int SLIPPING_DAYS = 19;

  /** Days before today when the portal client had a hard week, a lapse and a new start. */
  private static final int LAPSE_DAYS_AGO = 31;

  /** Days before today when a mentee missed a run of sessions, and the mentor followed it up. */
  private static final int MISSED_RUN_FROM = 52;

  private static final int MISSED_RUN_TO = 45;

  private static final List<String> GOOD_NOTES =
      List.of(
          "Good day at work.",
          "Went to the gym after group.",
          "Cooked dinner with my kids.",
          "Slept well for once.",
          "Called my sponsor just to say hi.");
  private static final List<String> HARD_NOTES =
      List.of(
          "Stressful shift. Thought about drinking on the way home.",
          "Argument with my sister.",
          "Payday, which is always a hard one.",
          "Tired and on edge.");
  private static final List<String> WHAT_HELPED =
      List.of(
          "Urge surfing",
          "Called my mentor",
          "A walk",
          "Went to a meeting",
          "Played guitar",
          "HALT check: I was hungry");
  private static final List<String> CONTACT_NOTES =
      List.of(
          "Weekly check-in call; going well, working on sleep.",
          "Texted after group; talked about the cost-benefit worksheet.",
          "Coffee after the Sunday circle.",
          "Talked about handling the holidays with family.",
          "Short call; busy week, no concerns.");

  /** The rows of the clinic being written: the seed writes one clinic after the other. */
  private final QueuedRows rows = new QueuedRows();

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;
  @Inject TenantContext tenantContext;

  /** Writes the clinic's past; inside the clinic, in one transaction. */
  @Transactional
  void write(DemoCast cast, long seed) {
    // A duration, not a time of day: measured on the monotonic timer, not the portal's clock.
    long began = System.nanoTime();
    var random = new Random(seed);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, cast.zone());
    LocalDate start = today.minusWeeks(WEEKS);
    backdatePlaces(cast, start);
    heldSessions(cast, cast.smart(), cast.clinician(), start, now, random, false);
    heldSessions(cast, cast.circle(), cast.mentor(), start, now, random, true);
    for (Client client : cast.clients()) {
      dailyCheckIns(cast, client, start, today, random);
    }
    mentorContacts(cast, start, today, random);
    supportRequests(cast, today, now);
    pastFollowUps(cast, today);
    lapseAndNewStart(cast, start, today);
    new DemoMeasures(rows, cast, clinic(), start).write();
    int written = rows.send(em.unwrap(Connection.class));
    LOG.info(
        () ->
            "Demo history: "
                + written
                + " rows over "
                + WEEKS
                + " weeks in "
                + (System.nanoTime() - began) / 1_000_000
                + " ms");
  }

  /** The day a client joined their groups: the first three at the start, the others later. */
  private static LocalDate joined(DemoCast cast, Client client, LocalDate start) {
    return start.plusWeeks(Math.max(0, cast.indexOf(client) - 2) * 2L);
  }

  private void backdatePlaces(DemoCast cast, LocalDate start) {
    for (RecoveryGroup group : List.of(cast.smart(), cast.circle())) {
      update(
          "update recovery_group set first_day = ?1 where id = ?2",
          Date.valueOf(start),
          group.getId());
    }
    for (Client client : cast.clients()) {
      Instant since = at(cast, joined(cast, client, start), LocalTime.of(9, 0));
      update("update client set created_at = ?1 where id = ?2", ts(since), client.getId());
      update(
          "update enrollment set requested_at = ?1, enrolled_at = ?1,"
              + " ground_rules_accepted_at = ?1 where client_id = ?2 and status = 'ENROLLED'",
          ts(since),
          client.getId());
    }
    update(
        "update mentor_assignment set started_at = ?1 where ended_at is null",
        ts(at(cast, start.plusDays(3), LocalTime.of(10, 0))));
    update(
        "update consent set starts_on = ?1, given_at = ?2 where purpose = 'TREATMENT'",
        Date.valueOf(start.plusDays(7)),
        ts(at(cast, start.plusDays(7), LocalTime.of(11, 0))));
    update(
        "update consent set starts_on = ?1, given_at = ?2 where purpose = 'SPECIFIC'",
        Date.valueOf(today(cast).minusDays(14)),
        ts(at(cast, today(cast).minusDays(14), LocalTime.of(15, 0))));
    update(
        "update account set created_at = ?1 where id = ?2",
        ts(at(cast, start, LocalTime.of(9, 30))),
        cast.portalAccount());
  }

  /**
   * The group's sessions that ended before now, each with its roster; the 12-step circle's latest
   * one holds only the members' own check-ins, waiting for the mentor who leads it to confirm.
   */
  private void heldSessions(
      DemoCast cast,
      RecoveryGroup group,
      UUID leader,
      LocalDate start,
      Instant now,
      Random random,
      boolean lastOnlySelfCheckIns) {
    Schedule schedule = group.schedule();
    var past =
        new Schedule(
            schedule.rule(),
            start,
            schedule.startTime(),
            schedule.durationMinutes(),
            schedule.timeZone());
    Duration length = past.duration();
    List<Instant> starts =
        past.occurrences(at(cast, start, LocalTime.MIN), now).stream()
            .filter(begin -> !begin.plus(length).isAfter(now))
            .toList();
    List<Client> members = membersOf(group);
    for (int i = 0; i < starts.size(); i++) {
      Instant begin = starts.get(i);
      UUID session = Identifiers.newId();
      long daysAgo = ChronoUnit.DAYS.between(LocalDate.ofInstant(begin, cast.zone()), today(cast));
      boolean cancelled = daysAgo / 7 == 6 && i % 2 == 0 && !lastOnlySelfCheckIns;
      update(
          "insert into group_session (id, tenant_id, group_id, occurrence, starts_at, ends_at,"
              + " status, cancel_reason) values (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7)",
          session,
          clinic(),
          group.getId(),
          ts(begin),
          ts(begin.plus(length)),
          cancelled ? "CANCELLED" : "SCHEDULED",
          cancelled ? "Facilitator ill; see you at the next one." : null);
      if (cancelled) {
        continue;
      }
      boolean selfCheckInsOnly = lastOnlySelfCheckIns && i == starts.size() - 1;
      for (Client member : members) {
        if (joined(cast, member, start).isAfter(LocalDate.ofInstant(begin, cast.zone()))) {
          continue;
        }
        AttendanceStatus status = attendance(cast, member, daysAgo, random);
        if (selfCheckInsOnly) {
          if (status.attended()) {
            update(
                "insert into attendance (id, tenant_id, session_id, client_id, status,"
                    + " self_reported, recorded_at) values (?1, ?2, ?3, ?4, 'PRESENT', true, ?5)",
                Identifiers.newId(),
                clinic(),
                session,
                member.getId(),
                ts(begin.plus(Duration.ofMinutes(2 + random.nextInt(6)))));
          }
          continue;
        }
        update(
            "insert into attendance (id, tenant_id, session_id, client_id, status,"
                + " excuse_reason, recorded_by, recorded_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            Identifiers.newId(),
            clinic(),
            session,
            member.getId(),
            status.name(),
            status == AttendanceStatus.EXCUSED ? "Night shift" : null,
            leader,
            ts(begin.plus(length).plus(Duration.ofMinutes(5 + random.nextInt(20)))));
      }
    }
  }

  /**
   * Nobody is perfect, but only the slipping client is flagged today: the others miss sessions in
   * older weeks only, so no one else has misses in a row or low attendance in the last 30 days.
   */
  private static AttendanceStatus attendance(
      DemoCast cast, Client client, long daysAgo, Random random) {
    int who = cast.indexOf(client);
    double roll = random.nextDouble();
    if (who == DemoCast.SLIPPING_CLIENT) {
      if (daysAgo < SLIPPING_DAYS) {
        return AttendanceStatus.ABSENT;
      }
      if (daysAgo < 35) {
        return roll < 0.5 ? AttendanceStatus.ABSENT : AttendanceStatus.LATE;
      }
      return roll < 0.9 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
    }
    if (who == 2 && daysAgo >= MISSED_RUN_TO && daysAgo <= MISSED_RUN_FROM) {
      return AttendanceStatus.ABSENT;
    }
    if (who == 2 && roll < 0.12) {
      return AttendanceStatus.EXCUSED;
    }
    double late = who == 3 ? 0.3 : 0.1;
    if (daysAgo < 30) {
      return roll > 1 - late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }
    if (roll < 0.12) {
      return AttendanceStatus.ABSENT;
    }
    if (roll < 0.16) {
      return AttendanceStatus.LEFT_EARLY;
    }
    return roll > 1 - late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
  }

  /**
   * Most days, a mood and a craving that wander; a hard week for the portal client before their
   * lapse; for the slipping client, fewer check-ins and a craving climbing over the last month. The
   * portal client skipped yesterday (their streak starts again today), and nobody but the slipping
   * client reports a craving high enough to flag in the last days.
   */
  private void dailyCheckIns(
      DemoCast cast, Client client, LocalDate start, LocalDate today, Random random) {
    int who = cast.indexOf(client);
    boolean slipping = who == DemoCast.SLIPPING_CLIENT;
    double habit = who == DemoCast.PORTAL_CLIENT ? 0.88 : slipping ? 0.9 : 0.65;
    for (LocalDate day = joined(cast, client, start); day.isBefore(today); day = day.plusDays(1)) {
      long daysAgo = ChronoUnit.DAYS.between(day, today);
      double chance = slipping && daysAgo < 28 ? (daysAgo < 10 ? 0.45 : 0.65) : habit;
      boolean used =
          (who == DemoCast.PORTAL_CLIENT && daysAgo == LAPSE_DAYS_AGO)
              || (slipping && daysAgo == 6);
      boolean mustCheckIn = used || who == DemoCast.PORTAL_CLIENT && (daysAgo == 2 || daysAgo == 3);
      boolean skipped = who == DemoCast.PORTAL_CLIENT && daysAgo == 1;
      if (skipped || (!mustCheckIn && random.nextDouble() > chance)) {
        continue;
      }
      double trouble = slipping && daysAgo < 28 ? (28 - daysAgo) / 28.0 : 0;
      boolean hardWeek =
          who == DemoCast.PORTAL_CLIENT
              && daysAgo >= LAPSE_DAYS_AGO
              && daysAgo < LAPSE_DAYS_AGO + 5;
      int mood = clamp((int) Math.round(4 - 2 * trouble + random.nextGaussian() * 0.7), 1, 5);
      int craving = clamp((int) Math.round(2 + 5 * trouble + random.nextGaussian() * 1.2), 0, 10);
      if (hardWeek) {
        mood = 2;
        craving = 6 + random.nextInt(2);
      }
      if (!slipping && daysAgo <= 4) {
        craving = Math.min(craving, 5);
      }
      String note =
          used
              ? (slipping
                  ? "Used on Saturday night. Not proud of it, but I'm checking in."
                  : "Had a drink at my brother's wedding. Told my mentor this morning.")
              : random.nextDouble() < 0.18
                  ? pick(craving >= 5 ? HARD_NOTES : GOOD_NOTES, random)
                  : null;
      String helped = random.nextDouble() < 0.3 ? pick(WHAT_HELPED, random) : null;
      update(
          "insert into daily_check_in (id, tenant_id, client_id, day, mood, craving, used, note,"
              + " what_helped, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
          Identifiers.newId(),
          clinic(),
          client.getId(),
          Date.valueOf(day),
          mood,
          craving,
          used,
          note,
          helped,
          ts(at(cast, day, LocalTime.of(19, 0).plusMinutes(random.nextInt(180)))));
    }
  }

  /**
   * Roughly weekly contacts with each mentee, some with a follow-up done since; one still ahead.
   */
  private void mentorContacts(DemoCast cast, LocalDate start, LocalDate today, Random random) {
    ContactChannel[] channels = {
      ContactChannel.PHONE, ContactChannel.TEXT, ContactChannel.VIDEO, ContactChannel.IN_PERSON
    };
    for (Client mentee : cast.clients().subList(0, DemoCast.MENTEES)) {
      for (LocalDate day = start.plusDays(4);
          day.isBefore(today.minusDays(3));
          day = day.plusDays(6 + random.nextInt(4))) {
        boolean followUp = random.nextDouble() < 0.3;
        contact(
            cast,
            mentee,
            day,
            channels[random.nextInt(channels.length)],
            pick(CONTACT_NOTES, random),
            followUp ? day.plusDays(3) : null,
            followUp);
      }
    }
    Client slipping = cast.slipping();
    contact(
        cast,
        slipping,
        today.minusDays(9),
        ContactChannel.PHONE,
        "Sounded low; missed Thursday's group. Agreed to try the Sunday circle.",
        today.minusDays(6),
        true);
    contact(
        cast,
        slipping,
        today.minusDays(4),
        ContactChannel.TEXT,
        "Two texts, no reply yet. Will call after the weekend.",
        null,
        false);
    contact(
        cast,
        cast.clients().get(2),
        today.minusDays(2),
        ContactChannel.PHONE,
        "Worried about a job interview on Thursday; call afterwards to hear how it went.",
        today.plusDays(2),
        false);
  }

  private void contact(
      DemoCast cast,
      Client mentee,
      LocalDate day,
      ContactChannel channel,
      String note,
      LocalDate followUpOn,
      boolean followedUp) {
    update(
        "insert into mentor_contact (id, tenant_id, client_id, mentor_id, contact_date, channel,"
            + " note, follow_up_date, follow_up_done_at, created_at) values (?1, ?2, ?3, ?4, ?5,"
            + " ?6, ?7, cast(?8 as date), cast(?9 as timestamptz), ?10)",
        Identifiers.newId(),
        clinic(),
        mentee.getId(),
        cast.mentor(),
        Date.valueOf(day),
        channel.name(),
        note,
        followUpOn == null ? null : Date.valueOf(followUpOn),
        followedUp ? ts(at(cast, followUpOn, LocalTime.of(18, 0))) : null,
        ts(at(cast, day, LocalTime.of(17, 30))));
  }

  /**
   * "I need support now", answered: the portal client's on the night of the lapse (by the mentor in
   * minutes), the slipping client's late one night (escalated, answered by the on-call clinician);
   * and one raised half an hour ago and still open, already escalated to the on-call clinician.
   */
  private void supportRequests(DemoCast cast, LocalDate today, Instant now) {
    Instant lapseNight = at(cast, today.minusDays(LAPSE_DAYS_AGO + 1), LocalTime.of(21, 40));
    supportRequest(
        cast.portalClient(),
        lapseNight,
        null,
        lapseNight.plus(Duration.ofMinutes(7)),
        cast.mentor());
    Instant lateNight = at(cast, today.minusDays(5), LocalTime.of(23, 10));
    supportRequest(
        cast.slipping(),
        lateNight,
        lateNight.plus(Duration.ofMinutes(15)),
        lateNight.plus(Duration.ofMinutes(22)),
        cast.clinician());
    Instant raised = now.minus(Duration.ofMinutes(34));
    supportRequest(cast.asking(), raised, raised.plus(Duration.ofMinutes(15)), null, null);
  }

  private void supportRequest(
      Client client, Instant raised, Instant escalated, Instant answered, UUID by) {
    update(
        "insert into support_alert (id, tenant_id, client_id, raised_at, escalated_at,"
            + " acknowledged_at, acknowledged_by) values (?1, ?2, ?3, ?4, cast(?5 as timestamptz),"
            + " cast(?6 as timestamptz), cast(?7 as uuid))",
        Identifiers.newId(),
        clinic(),
        client.getId(),
        ts(raised),
        escalated == null ? null : ts(escalated),
        answered == null ? null : ts(answered),
        by == null ? null : by.toString());
  }

  /**
   * Flag episodes that are over: a mentee's run of missed sessions, followed up by phone; the
   * portal client's lapse, answered the same morning. Today's follow-up of the slipping client is
   * the upkeep's to open, from today's flags.
   */
  private void pastFollowUps(DemoCast cast, LocalDate today) {
    LocalDate missedRun = today.minusDays(MISSED_RUN_TO - 1);
    followUp(
        cast,
        cast.clients().get(2),
        "MISSED_SESSIONS",
        false,
        at(cast, missedRun, LocalTime.of(8, 0)),
        missedRun.plusDays(2),
        "REACHED",
        "New shift pattern at work; he'll come on Thursdays and Sundays.",
        at(cast, missedRun.plusDays(1), LocalTime.of(17, 30)),
        at(cast, missedRun.plusDays(4), LocalTime.of(20, 0)));
    LocalDate lapse = today.minusDays(LAPSE_DAYS_AGO);
    followUp(
        cast,
        cast.portalClient(),
        "HIGH_CRAVING,REPORTED_USE",
        true,
        at(cast, lapse, LocalTime.of(8, 0)),
        lapse,
        "REACHED",
        "Talked it through without shame; made a plan for the week and the Sunday circle.",
        at(cast, lapse, LocalTime.of(11, 15)),
        at(cast, lapse.plusDays(4), LocalTime.of(8, 0)));
  }

  private void followUp(
      DemoCast cast,
      Client client,
      String reasons,
      boolean urgent,
      Instant opened,
      LocalDate due,
      String outcome,
      String note,
      Instant done,
      Instant episodeEnded) {
    update(
        "insert into outreach_task (id, tenant_id, client_id, mentor_id, reasons, flags_seen,"
            + " urgent, opened_at, due_on, status, outcome, outcome_note, closed_at, closed_by,"
            + " episode_ended_at) values (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, 'DONE', ?9, ?10,"
            + " ?11, ?4, ?12)",
        Identifiers.newId(),
        clinic(),
        client.getId(),
        cast.mentor(),
        reasons,
        urgent,
        ts(opened),
        Date.valueOf(due),
        outcome,
        note,
        ts(done),
        ts(episodeEnded));
  }

  /** After the lapse the clinician set the portal client's recovery start to the day after. */
  private void lapseAndNewStart(DemoCast cast, LocalDate start, LocalDate today) {
    LocalDate newStart = cast.portalClient().getRecoveryStartDate();
    update(
        "insert into recovery_start_change (id, tenant_id, client_id, previous_date, new_date,"
            + " changed_by, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        Identifiers.newId(),
        clinic(),
        cast.portalClient().getId(),
        Date.valueOf(start.minusDays(40)),
        Date.valueOf(newStart),
        cast.clinician(),
        ts(at(cast, today.minusDays(LAPSE_DAYS_AGO - 1), LocalTime.of(10, 0))));
  }

  private List<Client> membersOf(RecoveryGroup group) {
    return em.createQuery(
            "select e.client from Enrollment e where e.group.id = :group and e.status = :enrolled",
            Client.class)
        .setParameter("group", group.getId())
        .setParameter("enrolled", EnrollmentStatus.ENROLLED)
        .getResultList();
  }

  private UUID clinic() {
    return tenantContext.tenantId().orElseThrow();
  }

  private LocalDate today(DemoCast cast) {
    return LocalDate.ofInstant(clock.instant(), cast.zone());
  }

  private void update(String sql, Object... values) {
    rows.add(sql, values);
  }

  private static Instant at(DemoCast cast, LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(cast.zone()).toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }

  private static String pick(List<String> choices, Random random) {
    return choices.get(random.nextInt(choices.size()));
  }
}
