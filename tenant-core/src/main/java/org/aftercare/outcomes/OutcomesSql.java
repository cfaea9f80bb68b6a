package org.aftercare.outcomes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.engagement.EngagementSql.Bound;
import org.aftercare.engagement.EngagementSql.Period;

/**
 * The SQL behind the outcome figures, in one place so that {@link Outcomes} and the benchmark in
 * {@code bench/} run the very same statements. Row-level security scopes every statement to the
 * current clinic. The definitions, which the figures on screen and in the CSV rely on:
 *
 * <ul>
 *   <li><b>In scope</b>: enrolments (with a seat, not just a waitlist place) in the scope's groups
 *       — every group, one group, the groups of one kind — and, for a mentor, only those of clients
 *       assigned to the mentor at some time in the period. The report's clients are those with such
 *       an enrolment open at some time in the period.
 *   <li><b>Retention at N days</b> (30, 60, 90): a client's enrolment begins at their first
 *       enrolment in scope; day N is N × 24 hours later. Counted are the clients whose day N falls
 *       in the period (up to now: a client enrolled 29 days ago has not reached day 30). Such a
 *       client is <em>still attending</em> on day N when an enrolment in scope is open at that
 *       moment <em>and</em> they attended (present, late or left early) at least one held session
 *       of a group in scope that started in the 30 days before day N.
 *   <li><b>Attendance rate</b>: over the sessions held (not cancelled) that ended in the period,
 *       the places of clients enrolled in scope when the session started; attended places (present,
 *       late, left early) of expected places. An excused place is not expected; a place nobody
 *       recorded counts as missed, as in the adherence summaries.
 *   <li><b>Check-in engagement</b>: of the report's clients, those with a daily check-in on at
 *       least the given percentage of the period's days (up to today).
 *   <li><b>Measure improvement</b>: of the report's clients with at least two PHQ-9 (or GAD-7)
 *       results completed in the period, those whose latest total is lower than their first by the
 *       clinically meaningful amount {@link Outcomes} passes.
 * </ul>
 *
 * <p>A year of a large clinic is millions of places and check-ins, too many to read for a screen
 * (issue 18: a year of 10,000 clients under 2 s). So the attendance's places per session, the
 * retention's attended sessions and the check-in days are read from tallies that triggers keep in
 * the writer's transaction (changelog 0048: per session; per client, group and week; per client and
 * week), which no write path can bypass and which so cannot drift. What stays cheap to read is read
 * as before: held sessions, enrolments (expected places are running sums of their starts and ends),
 * assignments, measures. The {@code ...FromPlaces} statements compute the same from every place and
 * check-in: the reference the tallies are tested against. A mentor's mentees are counted client by
 * client, which the per-session tallies cannot do: their weekly attendance and the mentors' figures
 * still read their places.
 */
public final class OutcomesSql {

  private OutcomesSql() {}

  /** The values every statement reads, in the order its {@code params} reads them. */
  static List<Object> values(
      Period period, LocalDate lastDay, int checkInPercent, ZoneId zone, OutcomeScope scope) {
    return List.of(
        Timestamp.from(period.start()),
        Timestamp.from(period.end()),
        Date.valueOf(period.firstDay()),
        Date.valueOf(lastDay),
        checkInPercent,
        zone.getId(),
        scope.value());
  }

  /**
   * One row: clients; for 30, 60 and 90 days the clients who reached the day and those still
   * attending; clients and engaged clients of the check-ins; PHQ-9 pairs and improved, GAD-7 pairs
   * and improved (improved by {@code phq9Points} and {@code gad7Points}).
   */
  public static Bound figures(
      Period period,
      LocalDate lastDay,
      int checkInPercent,
      ZoneId zone,
      OutcomeScope scope,
      int phq9Points,
      int gad7Points) {
    return figures(period, lastDay, checkInPercent, zone, scope, phq9Points, gad7Points, true);
  }

  /**
   * The same figures read from every place and check-in of the period instead of the tallies: the
   * reference the tallies are checked against (in {@code OutcomesIT} and the benchmark), too slow
   * for a year of a large clinic.
   */
  public static Bound figuresFromPlaces(
      Period period,
      LocalDate lastDay,
      int checkInPercent,
      ZoneId zone,
      OutcomeScope scope,
      int phq9Points,
      int gad7Points) {
    return figures(period, lastDay, checkInPercent, zone, scope, phq9Points, gad7Points, false);
  }

  private static Bound figures(
      Period period,
      LocalDate lastDay,
      int checkInPercent,
      ZoneId zone,
      OutcomeScope scope,
      int phq9Points,
      int gad7Points,
      boolean fromTallies) {
    var values = new java.util.ArrayList<>(values(period, lastDay, checkInPercent, zone, scope));
    values.add(phq9Points);
    values.add(gad7Points);
    return new Bound(
        PARAMS
            + IN_SCOPE.formatted(filter(scope))
            + MILESTONES
            + (fromTallies ? RETENTION_FROM_TALLIES : RETENTION_FROM_PLACES)
            + (fromTallies ? CHECK_INS_FROM_TALLIES : CHECK_INS_FROM_PLACES)
            + FIGURES,
        values);
  }

  /**
   * One row per clinic week with sessions held: Monday (date), sessions held, expected places,
   * attended places. The period's attendance is the sum of its weeks.
   */
  public static Bound weeks(
      Period period, LocalDate lastDay, int checkInPercent, ZoneId zone, OutcomeScope scope) {
    // A mentor's mentees are counted client by client, which the per-session tallies cannot do:
    // their places are read (a caseload's year is a small part of the clinic's).
    return weeks(
        period, lastDay, checkInPercent, zone, scope, scope.reach() != OutcomeScope.Reach.MENTOR);
  }

  /** The same weeks read from every place of the period: the reference for the tallies. */
  public static Bound weeksFromPlaces(
      Period period, LocalDate lastDay, int checkInPercent, ZoneId zone, OutcomeScope scope) {
    return weeks(period, lastDay, checkInPercent, zone, scope, false);
  }

  private static Bound weeks(
      Period period,
      LocalDate lastDay,
      int checkInPercent,
      ZoneId zone,
      OutcomeScope scope,
      boolean fromTallies) {
    return new Bound(
        PARAMS
            + HELD
            + IN_SCOPE.formatted(filter(scope))
            + COUNTED_IN_SCOPE
            + OPEN_PLACES
            + (fromTallies ? RECORDED_FROM_TALLIES : RECORDED_FROM_PLACES)
            + TALLY
            + WEEKS,
        values(period, lastDay, checkInPercent, zone, scope));
  }

  /**
   * One row per mentor with a mentee assigned at some time in the period: mentor id, name,
   * caseload, contacts logged on the period's days, expected and attended places of the mentees in
   * the first half of the period, and in the second.
   */
  public static Bound mentors(Period period, LocalDate lastDay, ZoneId zone) {
    return new Bound(
        PARAMS + HELD + CASELOAD + OPEN_PLACES + MENTORS,
        values(period, lastDay, 0, zone, OutcomeScope.clinic()));
  }

  /**
   * The same mentors' figures summed session by session, as before the halves were counted straight
   * away: the reference {@link #mentors} is checked against in the benchmark.
   */
  public static Bound mentorsBySession(Period period, LocalDate lastDay, ZoneId zone) {
    return new Bound(
        PARAMS + HELD + CASELOAD + OPEN_PLACES + RECORDED_FROM_PLACES + TALLY + MENTORS_BY_SESSION,
        values(period, lastDay, 0, zone, OutcomeScope.clinic()));
  }

  private static String filter(OutcomeScope scope) {
    return switch (scope.reach()) {
      case CLINIC -> "";
      case GROUP -> "and e.group_id = cast(params.scope as uuid)";
      case KIND_OF_GROUP -> "and g.modality = params.scope";
      case MENTOR ->
          """
              and exists (select 1 from mentor_assignment m
                           where m.client_id = e.client_id
                             and m.mentor_id = cast(params.scope as uuid)
                             and m.started_at < params.to_ts
                             and (m.ended_at is null or m.ended_at > params.from_ts))
              """;
    };
  }

  /** Inlined wherever read, so that the planner sees the values as constants. */
  private static final String PARAMS =
      """
      with params as not materialized (
        select cast(? as timestamptz) as from_ts, cast(? as timestamptz) as to_ts,
               cast(? as date) as first_day, cast(? as date) as last_day,
               cast(? as integer) as check_in_percent, cast(? as text) as zone,
               cast(? as text) as scope
      )
      """;

  /** The period's held sessions. */
  private static final String HELD =
      """
      , held as (
        select s.id, s.group_id, s.starts_at
          from params cross join group_session s
         where s.status = 'SCHEDULED'
           and s.starts_at >= params.from_ts and s.ends_at <= params.to_ts
      )
      """;

  private static final String IN_SCOPE =
      """
      , enrolment as (
        select e.client_id, e.group_id, e.enrolled_at, e.ended_at
          from params
          cross join enrollment e
          join recovery_group g on g.id = e.group_id
         where e.enrolled_at is not null %s
      ),
      members as (
        select distinct e.client_id
          from params cross join enrolment e
         where e.enrolled_at < params.to_ts
           and (e.ended_at is null or e.ended_at > params.from_ts)
      )
      """;

  /** The scope's enrolments, counted together. */
  private static final String COUNTED_IN_SCOPE =
      """
      , counted as (
        select cast('00000000-0000-0000-0000-000000000000' as uuid) as tally_key,
               client_id, group_id, enrolled_at, ended_at
          from enrolment
      )
      """;

  /** Each mentor's mentees' enrolments, in every group, counted per mentor. */
  private static final String CASELOAD =
      """
      , caseload as (
        select distinct m.mentor_id, m.client_id
          from params cross join mentor_assignment m
         where m.started_at < params.to_ts
           and (m.ended_at is null or m.ended_at > params.from_ts)
      ),
      counted as (
        select c.mentor_id as tally_key, e.client_id, e.group_id, e.enrolled_at, e.ended_at
          from caseload c join enrollment e on e.client_id = c.client_id
         where e.enrolled_at is not null
      )
      """;

  /**
   * Per {@code tally_key} of {@code counted} and held session: the places expected and attended. A
   * session's places are the counted enrolments of its group open when it started, less those
   * excused; never built one by one — that is a range join of every session with every enrolment,
   * 1.6 million rows for a year of a 10,000-client clinic. Instead a running count over the
   * enrolments' starts and ends, in time order per group, gives each session its open enrolments
   * (starts and ends at the session's very start are counted before it), and only the attended and
   * excused places are read from the attendance.
   */
  private static final String OPEN_PLACES =
      """
      , open_places as (
        select tally_key, session_id, open
          from (select tally_key, session_id,
                       sum(change) over (partition by tally_key, group_id
                                         order by at, session_id is not null
                                         rows unbounded preceding) as open
                  from (select tally_key, group_id, enrolled_at as at, 1 as change,
                               cast(null as uuid) as session_id
                          from counted
                        union all
                        select tally_key, group_id, ended_at, -1, null
                          from counted where ended_at is not null
                        union all
                        select c.tally_key, h.group_id, h.starts_at, 0, h.id
                          from held h
                          join (select distinct tally_key, group_id from counted) c
                            on c.group_id = h.group_id) moments) running
         where session_id is not null and open > 0
      )
      """;

  /** Per {@code tally_key} and held session: attended and excused places, read place by place. */
  private static final String RECORDED_FROM_PLACES =
      """
      , recorded as (
        select c.tally_key, a.session_id,
               count(*) filter (where a.status <> 'EXCUSED') as attended,
               count(*) filter (where a.status = 'EXCUSED') as excused
          from held h
          join attendance a on a.session_id = h.id
          join (select distinct tally_key, client_id from counted) c on c.client_id = a.client_id
         where a.status in ('PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED')
           and exists (select 1 from counted e
                        where e.tally_key = c.tally_key and e.client_id = a.client_id
                          and e.group_id = h.group_id and h.starts_at >= e.enrolled_at
                          and (e.ended_at is null or h.starts_at < e.ended_at))
         group by c.tally_key, a.session_id
      )
      """;

  /**
   * The same from the per-session tallies (changelog 0048) — for one tally key, a scope of whole
   * groups: every seated enrolment of a session's group is then in scope, which is what the tally
   * counts (places of clients enrolled in the group when the session started). Sessions of groups
   * out of scope have no open places and are dropped by the join with those.
   */
  private static final String RECORDED_FROM_TALLIES =
      """
      , recorded as (
        select cast('00000000-0000-0000-0000-000000000000' as uuid) as tally_key, t.session_id,
               cast(t.attended as bigint) as attended, cast(t.excused as bigint) as excused
          from held h
          join session_attendance_tally t on t.session_id = h.id
      )
      """;

  private static final String TALLY =
      """
      , tally as (
        select o.tally_key, h.starts_at, o.open - coalesce(r.excused, 0) as expected,
               coalesce(r.attended, 0) as attended
          from open_places o
          join held h on h.id = o.session_id
          left join recorded r on r.tally_key = o.tally_key and r.session_id = o.session_id
      )
      """;

  /** Each client's days 30, 60 and 90 in the period, and whether they were enrolled then. */
  private static final String MILESTONES =
      """
      , milestones as (
        select f.client_id, n.days, f.since + n.days * interval '1 day' as day_n
          from params
          cross join (select client_id, min(enrolled_at) as since
                        from enrolment group by client_id) f
          cross join (values (30), (60), (90)) as n(days)
         where f.since + n.days * interval '1 day' >= params.from_ts
           and f.since + n.days * interval '1 day' <= params.to_ts
      ),
      enrolled_on_day_n as (
        select m.client_id, m.days,
               bool_or(e.enrolled_at <= m.day_n
                       and (e.ended_at is null or e.ended_at > m.day_n)) as enrolled
          from milestones m
          join enrolment e on e.client_id = m.client_id
         group by m.client_id, m.days
      )
      """;

  /**
   * Retention from the places: joins over the held sessions of the clients' groups in the 30 days
   * before each milestone, each looked up in the attendance by session and client, not an EXISTS
   * per milestone (a correlated subquery over a CTE scans the whole CTE once per client: at 10,000
   * clients the difference between milliseconds and minutes) nor every attendance of the clients
   * (over a year of a 10,000-client clinic, most of 1.6 million rows).
   */
  private static final String RETENTION_FROM_PLACES =
      """
      , recent_held as (
        select s.id, s.group_id, s.starts_at
          from params cross join group_session s
         where s.status = 'SCHEDULED'
           and s.starts_at >= params.from_ts - interval '30 days' and s.starts_at < params.to_ts
      ),
      sessions_before_day_n as materialized (
        select m.client_id, m.days, s.id as session_id
          from milestones m
          join (select distinct client_id, group_id from enrolment) e on e.client_id = m.client_id
          join recent_held s on s.group_id = e.group_id
           and s.starts_at >= m.day_n - interval '30 days' and s.starts_at < m.day_n
      ),
      attended_before_day_n as (
        select distinct b.client_id, b.days
          from sessions_before_day_n b
         cross join lateral (select 1 from attendance a
                              where a.session_id = b.session_id and a.client_id = b.client_id
                                and a.status in ('PRESENT', 'LATE', 'LEFT_EARLY')
                              limit 1) attended
      )
      """;

  /**
   * Retention from the client's attendance weeks per group (changelog 0048): a week holds the first
   * and last start of the held sessions the client attended in it. The 30 days before day N are
   * longer than a week, so a week overlapping them holds at most one of their ends: the client
   * attended a session in them exactly when such a week's first start is before day N and its last
   * is on or after day N less 30 days. About 5 weeks per milestone and group, against some 15
   * sessions, each milestone's looked up by its key (a join of every week of every client with the
   * milestones hashes the whole table: 1.3 s instead of milliseconds for 90 days).
   */
  private static final String RETENTION_FROM_TALLIES =
      """
      , attended_before_day_n as (
        select distinct m.client_id, m.days
          from milestones m
          join (select distinct client_id, group_id from enrolment) e on e.client_id = m.client_id
         cross join lateral (select 1 from attendance_week_tally w
                              where w.client_id = m.client_id and w.group_id = e.group_id
                                and w.week >= cast((m.day_n - interval '37 days') at time zone 'UTC'
                                                   as date)
                                and w.week <= cast(m.day_n at time zone 'UTC' as date)
                                and w.first_starts_at < m.day_n
                                and w.last_starts_at >= m.day_n - interval '30 days'
                              limit 1) attended
      )
      """;

  private static final String CHECK_INS_FROM_PLACES =
      """
      , check_ins as (
        select m.client_id, count(d.day) as days
          from params
          cross join members m
          left join daily_check_in d on d.client_id = m.client_id
           and d.day between params.first_day and params.last_day
         group by m.client_id
      )
      """;

  /**
   * Check-in days from the client's weeks (changelog 0048), a bit per day: each week's days in the
   * period are masked and counted.
   */
  private static final String CHECK_INS_FROM_TALLIES =
      """
      , check_ins as (
        select m.client_id,
               coalesce(sum(bit_count(cast(
                 w.days & ((1 << (least(params.last_day - w.week, 6) + 1))
                           - (1 << greatest(params.first_day - w.week, 0))) as bit(7)))), 0)
                 as days
          from params
          cross join members m
          left join check_in_week_tally w on w.client_id = m.client_id
           and params.last_day >= params.first_day
           and w.week > params.first_day - 7 and w.week <= params.last_day
         group by m.client_id
      )
      """;

  private static final String FIGURES =
      """
      , retention as (
        select r.days, r.enrolled and t.client_id is not null as attending
          from enrolled_on_day_n r
          left join attended_before_day_n t on t.client_id = r.client_id and t.days = r.days
      ),
      results as (
        select r.client_id, r.instrument, count(*) as results,
               (array_agg(r.total_score order by r.completed_at, r.id))[1] as first_total,
               (array_agg(r.total_score order by r.completed_at desc, r.id desc))[1]
                 as latest_total
          from params
          cross join members m
          join measure_response r on r.client_id = m.client_id
         where r.instrument in ('PHQ_9', 'GAD_7')
           and r.completed_at >= params.from_ts and r.completed_at < params.to_ts
         group by r.client_id, r.instrument
      ),
      points as (
        select cast(? as integer) as phq9, cast(? as integer) as gad7
      )
      select (select count(*) from members),
             (select count(*) from retention where days = 30),
             (select count(*) from retention where days = 30 and attending),
             (select count(*) from retention where days = 60),
             (select count(*) from retention where days = 60 and attending),
             (select count(*) from retention where days = 90),
             (select count(*) from retention where days = 90 and attending),
             (select count(*) from check_ins),
             (select count(*) from check_ins c, params
               where params.last_day >= params.first_day
                 and c.days * 100 >= params.check_in_percent
                                     * (params.last_day - params.first_day + 1)),
             (select count(*) from results where instrument = 'PHQ_9' and results >= 2),
             (select count(*) from results, points
               where instrument = 'PHQ_9' and results >= 2
                 and first_total - latest_total >= points.phq9),
             (select count(*) from results where instrument = 'GAD_7' and results >= 2),
             (select count(*) from results, points
               where instrument = 'GAD_7' and results >= 2
                 and first_total - latest_total >= points.gad7)
      """;

  private static final String WEEKS =
      """
      select cast(date_trunc('week', t.starts_at at time zone params.zone) as date) as monday,
             count(*), sum(t.expected), sum(t.attended)
        from params cross join tally t
       group by 1
       order by 1
      """;

  /** After a mentor's {@code halves}: their caseload, contacts and the halves, one row each. */
  private static final String MENTORS_WITH_CONTACTS =
      """
      contacts as (
        select k.mentor_id, count(*) as contacts
          from params cross join mentor_contact k
         where k.contact_date between params.first_day and params.last_day
         group by k.mentor_id
      )
      select a.id, a.display_name, count(c.client_id),
             coalesce(max(k.contacts), 0),
             coalesce(max(h.first_expected), 0), coalesce(max(h.first_attended), 0),
             coalesce(max(h.second_expected), 0), coalesce(max(h.second_attended), 0)
        from caseload c
        join account a on a.id = c.mentor_id
        left join halves h on h.mentor_id = c.mentor_id
        left join contacts k on k.mentor_id = c.mentor_id
       group by a.id, a.display_name
       order by lower(a.display_name), a.id
      """;

  /**
   * A mentee's places are those of all their enrolments, while the assignment was open or not: the
   * trend shows how the mentees fare, and a mentor takes on clients who already attend. A half's
   * expected places are its sessions' open places less its excused ones, and its attended places
   * are counted per mentor and half straight away, never per session: an excused or attended place
   * is one of an open enrolment, so only sessions with open places have any, and the sums are the
   * same (grouping 560,000 places of a year by mentor and session spilled to disk: about 0.5 s).
   */
  private static final String MENTORS =
      """
      , open_halves as (
        select o.tally_key as mentor_id,
               h.starts_at < params.from_ts + (params.to_ts - params.from_ts) / 2 as first_half,
               sum(o.open) as open
          from params
          cross join open_places o
          join held h on h.id = o.session_id
         group by 1, 2
      ),
      recorded_halves as (
        select c.tally_key as mentor_id,
               h.starts_at < params.from_ts + (params.to_ts - params.from_ts) / 2 as first_half,
               count(*) filter (where a.status <> 'EXCUSED') as attended,
               count(*) filter (where a.status = 'EXCUSED') as excused
          from params
          cross join held h
          join attendance a on a.session_id = h.id
          join (select distinct tally_key, client_id from counted) c on c.client_id = a.client_id
         where a.status in ('PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED')
           and exists (select 1 from counted e
                        where e.tally_key = c.tally_key and e.client_id = a.client_id
                          and e.group_id = h.group_id and h.starts_at >= e.enrolled_at
                          and (e.ended_at is null or h.starts_at < e.ended_at))
         group by 1, 2
      ),
      halves as (
        select o.mentor_id,
               sum(o.open - coalesce(r.excused, 0)) filter (where o.first_half) as first_expected,
               sum(coalesce(r.attended, 0)) filter (where o.first_half) as first_attended,
               sum(o.open - coalesce(r.excused, 0)) filter (where not o.first_half)
                 as second_expected,
               sum(coalesce(r.attended, 0)) filter (where not o.first_half) as second_attended
          from open_halves o
          left join recorded_halves r on r.mentor_id = o.mentor_id and r.first_half = o.first_half
         group by o.mentor_id
      ),
      """
          + MENTORS_WITH_CONTACTS;

  private static final String MENTORS_BY_SESSION =
      """
      , halves as (
        select t.tally_key as mentor_id,
               sum(t.expected) filter (where t.first_half) as first_expected,
               sum(t.attended) filter (where t.first_half) as first_attended,
               sum(t.expected) filter (where not t.first_half) as second_expected,
               sum(t.attended) filter (where not t.first_half) as second_attended
          from (select tally_key, expected, attended,
                       starts_at < params.from_ts + (params.to_ts - params.from_ts) / 2
                         as first_half
                  from params cross join tally) t
         group by t.tally_key
      ),
      """
          + MENTORS_WITH_CONTACTS;
}
