package org.aftercare.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.measures.Instrument;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * The SQL behind flags and adherence summaries, in one place so the services and the benchmark in
 * {@code bench/} run the very same statements. Every statement reads the current clinic's rows
 * only: row-level security scopes them.
 *
 * <p>A session counts for a client when it was held (not cancelled), has ended inside the period
 * and fell while the client was enrolled. Its outcome is A (attended: present, late or left early),
 * E (excused, which counts neither way) or M (missed: absent, or nothing recorded — a roster nobody
 * took must not make a client look engaged).
 *
 * <p>In time order, a streak is a run of attended sessions with no miss between them (excused ones
 * break nothing); the current streak is the attended sessions since the latest miss, consecutive
 * misses the missed ones since the latest attended session. Sessions starting at the same instant
 * count in the order attended, excused, missed.
 *
 * <p>Each statement comes {@link Bound} to its values, so no caller needs to know the order in
 * which the SQL reads them.
 */
public final class EngagementSql {

  private EngagementSql() {}

  /** A statement with its values in the order its SQL reads them: ready to run or to explain. */
  public record Bound(String sql, List<Object> parameters) {

    public Bound {
      parameters = List.copyOf(parameters);
    }

    /** As a native query in the current clinic (row-level security scopes it). */
    public Query query(EntityManager em) {
      Query query = ClinicSql.query(em, sql);
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }

  /**
   * A summary's period: the clinic's calendar days {@code from} to {@code to}, as instants in its
   * zone, the end capped at now (a session still to come is not missed).
   */
  public record Period(Instant start, Instant end, LocalDate firstDay, LocalDate lastDay) {

    public static Period of(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
      Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
      return new Period(
          from.atStartOfDay(zone).toInstant(), end.isAfter(now) ? now : end, from, to);
    }

    private List<Object> values() {
      return List.of(
          Timestamp.from(start),
          Timestamp.from(end),
          Date.valueOf(firstDay),
          Date.valueOf(lastDay));
    }
  }

  /** The clinic's thresholds at which a flag is raised. */
  public record Thresholds(
      int missedSessions, int attendancePercent, int noCheckInDays, int craving) {

    public static Thresholds of(EngagementSettings settings) {
      return new Thresholds(
          settings.missedSessions(),
          settings.attendancePercent(),
          settings.noCheckInDays(),
          settings.craving());
    }
  }

  /** One client's summary row for the period (see {@link #SUMMARIES} for its columns). */
  public static Bound summaryOf(UUID client, Period period) {
    var values = new ArrayList<>(period.values());
    values.add(client.toString());
    values.add(client.toString());
    return new Bound(SUMMARY_OF_ONE, values);
  }

  /** Every client's summary row for the period. */
  public static Bound summaries(Period period) {
    return new Bound(SUMMARIES, period.values());
  }

  /** The clinic's raised flags now, one row each (see {@link #FLAGS} for the columns). */
  public static Bound flags(Instant now, LocalDate today, Thresholds thresholds) {
    return new Bound(FLAGS, flagValues(now, today, thresholds, List.of()));
  }

  /** The raised flags of these clients alone, read from their rows alone. */
  public static Bound flagsOf(
      Collection<UUID> clients, Instant now, LocalDate today, Thresholds thresholds) {
    String ids = clients.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    return new Bound(FLAGS_OF_CLIENTS, flagValues(now, today, thresholds, List.of(ids)));
  }

  /**
   * The period, then the clients' ids (if some), then the thresholds: as {@link #flags} reads them.
   */
  private static List<Object> flagValues(
      Instant now, LocalDate today, Thresholds thresholds, List<Object> clients) {
    var values = new ArrayList<Object>();
    values.add(Timestamp.from(now.minus(FLAGS_LOOK_BACK)));
    values.add(Timestamp.from(now));
    values.addAll(clients);
    values.add(thresholds.missedSessions());
    values.add(thresholds.attendancePercent());
    values.add(Date.valueOf(today));
    values.add(thresholds.noCheckInDays());
    values.add(thresholds.craving());
    return values;
  }

  /**
   * The sessions that count, each with its client, start and outcome. Parameters: period start and
   * end (timestamptz), the further period columns of the first slot, then the client filter's of
   * the second slot, if any. The period is inlined wherever it is read, so the planner sees its
   * values as constants. Attendance is read through the period's sessions (an index-only scan of
   * {@code attendance_session_status_idx}), never the whole table.
   */
  private static final String SESSIONS =
      """
      with period as not materialized (
        select cast(? as timestamptz) as from_ts, cast(? as timestamptz) as to_ts%s
      ),
      sessions as (
        select e.client_id, s.starts_at,
               case when a.status in ('PRESENT', 'LATE', 'LEFT_EARLY') then 'A'
                    when a.status = 'EXCUSED' then 'E' else 'M' end as outcome
          from period
          join group_session s on s.starts_at >= period.from_ts and s.ends_at <= period.to_ts
          join enrollment e on e.group_id = s.group_id and e.enrolled_at is not null
           and s.starts_at >= e.enrolled_at and (e.ended_at is null or s.starts_at < e.ended_at)
          left join (select a.session_id, a.client_id, a.status
                       from period
                       join group_session s on s.starts_at >= period.from_ts
                        and s.ends_at <= period.to_ts
                       join attendance a on a.session_id = s.id) a
            on a.session_id = s.id and a.client_id = e.client_id
         where s.status = 'SCHEDULED' %s
      )
      """;

  /**
   * Each client's totals and streaks, from running counts in time order: an attended session's
   * place in its streak is the attended sessions so far less those before the latest miss.
   */
  private static final String TOTALS_WITH_STREAKS =
      """
      , tallies as (
        select client_id, outcome, starts_at,
               count(*) filter (where outcome = 'A') over earlier as attended,
               count(*) filter (where outcome = 'M') over earlier as missed
          from sessions
        window earlier as (partition by client_id order by starts_at, outcome
                           rows unbounded preceding)
      ),
      streaks as (
        select client_id, outcome, attended, missed,
               attended - coalesce(max(attended) filter (where outcome = 'M') over earlier, 0)
                 as streak
          from tallies
        window earlier as (partition by client_id order by starts_at, outcome
                           rows unbounded preceding)
      ),
      totals as (
        select client_id, count(*) as scheduled,
               count(*) filter (where outcome = 'A') as attended,
               count(*) filter (where outcome = 'E') as excused,
               coalesce(max(streak) filter (where outcome = 'A'), 0) as longest_streak,
               count(*) filter (where outcome = 'A')
                 - coalesce(max(attended) filter (where outcome = 'M'), 0) as current_streak,
               count(*) filter (where outcome = 'M')
                 - coalesce(max(missed) filter (where outcome = 'A'), 0) as consecutive_misses
          from streaks group by client_id
      )
      """;

  /**
   * One row per client: client_id, scheduled, attended, excused, longest attended run, current
   * attended run, consecutive misses, days with a check-in.
   */
  private static final String SUMMARIES = summaries(false);

  private static final String SUMMARY_OF_ONE = summaries(true);

  /**
   * Reads the period's start and end (timestamptz), its first and last day (date) for check-ins;
   * then, for one client, the client's id twice (it filters the sessions and the result).
   */
  private static String summaries(boolean oneClient) {
    // The check-in days sit in the period so that the parameters come in the documented order.
    return SESSIONS.formatted(
            ", cast(? as date) as first_day, cast(? as date) as last_day",
            oneClient ? "and e.client_id = cast(? as uuid)" : "")
        + TOTALS_WITH_STREAKS
        + """
        select c.id,
               coalesce(t.scheduled, 0), coalesce(t.attended, 0), coalesce(t.excused, 0),
               coalesce(t.longest_streak, 0), coalesce(t.current_streak, 0),
               coalesce(t.consecutive_misses, 0),
               (select count(*) from period, daily_check_in d
                 where d.tenant_id = c.tenant_id and d.client_id = c.id
                   and d.day between period.first_day and period.last_day)
          from client c
          left join totals t on t.client_id = c.id
        """
        + (oneClient ? " where c.id = cast(? as uuid)" : "");
  }

  /** How far back the flags look at sessions: FLAGS's period is the last this long. */
  private static final Duration FLAGS_LOOK_BACK = Duration.ofDays(30);

  /**
   * One row per raised flag: client_id, reason (a {@link FlagReason} name), the figure behind it.
   * Reads: period start and end (the last {@link #FLAGS_LOOK_BACK}), missed-in-a-row threshold,
   * attendance percent threshold, today (date), no-check-in days, craving threshold.
   *
   * <p>The flags need no longest streak, so their totals skip the ordering the summaries' take: a
   * client's consecutive misses are the misses at or after the latest attended session's start
   * (which, in the order above, come after it).
   *
   * <p>PHQ_9_WORSENED and GAD_7_WORSENED compare a client's latest result of the instrument, if
   * completed within the period, with the one before it, by the instrument's meaningful change.
   *
   * <p>NO_CHECK_IN is for clients with an active portal account, counted from their last check-in
   * or else from the clinic day the account was opened (in the clinic's zone, not the database
   * session's). Craving and use come from any client's latest check-in, portal account or not.
   */
  private static final String FLAGS = flags(false);

  /**
   * {@link #FLAGS} for some clients (one client's summary, a mentor's mentees): reads their
   * sessions and check-ins only. Reads FLAGS's values with the clients' ids third, as one {@code
   * uuid[]} literal (it sits in the period, after its start and end).
   */
  private static final String FLAGS_OF_CLIENTS = flags(true);

  private static String flags(boolean someClients) {
    return SESSIONS.formatted(
            someClients ? ", cast(? as uuid[]) as client_ids" : "",
            someClients ? "and e.client_id = any(period.client_ids)" : "")
        + """
          , counts as (
            select client_id, count(*) as scheduled,
                   count(*) filter (where outcome = 'A') as attended,
                   count(*) filter (where outcome = 'E') as excused,
                   max(starts_at) filter (where outcome = 'A') as last_attended_at
              from sessions group by client_id
          ),
          totals as (
            select c.client_id, c.scheduled, c.attended, c.excused,
                   coalesce(m.misses, 0) as consecutive_misses
              from counts c
              left join (select s.client_id, count(*) as misses
                           from sessions s join counts c on c.client_id = s.client_id
                          where s.outcome = 'M'
                            and (c.last_attended_at is null or s.starts_at >= c.last_attended_at)
                          group by s.client_id) m on m.client_id = c.client_id
          ),
          thresholds as (
            select cast(? as integer) as missed, cast(? as integer) as percent,
                   cast(? as date) as today, cast(? as integer) as quiet_days,
                   cast(? as integer) as craving
          ),
          last_check_in as (
            select c.id as client_id, p.since, d.day, d.craving, d.used
              from client c
              join tenant t on t.id = c.tenant_id
              %s
              left join lateral (
                select cast(a.created_at at time zone t.time_zone as date) as since
                  from account a
                 where a.tenant_id = c.tenant_id and a.client_id = c.id and a.status = 'ACTIVE'
                 order by a.created_at limit 1) p on true
              left join lateral (
                select day, craving, used from daily_check_in d
                 where d.tenant_id = c.tenant_id and d.client_id = c.id
                 order by day desc limit 1) d on true
          ),
          scores as (
            select r.client_id, r.instrument, r.total_score, r.completed_at,
                   row_number() over (partition by r.client_id, r.instrument
                                      order by r.completed_at desc) as nth
              from measure_response r
              %s
             where r.instrument in ('PHQ_9', 'GAD_7')
          )
          select t.client_id, 'MISSED_SESSIONS', t.consecutive_misses
            from totals t, thresholds
           where t.consecutive_misses > 0 and t.consecutive_misses >= thresholds.missed
          union all
          select t.client_id, 'LOW_ATTENDANCE', 100 * t.attended / (t.scheduled - t.excused)
            from totals t, thresholds
           where t.scheduled - t.excused >= 3
             and 100 * t.attended < thresholds.percent * (t.scheduled - t.excused)
          union all
          select c.client_id, 'NO_CHECK_IN', thresholds.today - coalesce(c.day, c.since)
            from last_check_in c, thresholds
           where c.since is not null
             and coalesce(c.day, c.since) <= thresholds.today - thresholds.quiet_days
          union all
          select c.client_id, case when c.used then 'REPORTED_USE' else 'HIGH_CRAVING' end, c.craving
            from last_check_in c, thresholds
           where c.day >= thresholds.today - 3 and (c.used or c.craving >= thresholds.craving)
          union all
          select latest.client_id, latest.instrument || '_WORSENED',
                 latest.total_score - earlier.total_score
            from period, scores latest
            join scores earlier on earlier.client_id = latest.client_id
             and earlier.instrument = latest.instrument and earlier.nth = 2
           where latest.nth = 1 and latest.completed_at >= period.from_ts
             and latest.total_score - earlier.total_score
                 >= case latest.instrument when 'PHQ_9' then %d else %d end
          """
            .formatted(
                someClients ? "join period on c.id = any(period.client_ids)" : "",
                someClients ? "join period on r.client_id = any(period.client_ids)" : "",
                Instrument.PHQ_9.meaningfulChange(),
                Instrument.GAD_7.meaningfulChange());
  }
}
