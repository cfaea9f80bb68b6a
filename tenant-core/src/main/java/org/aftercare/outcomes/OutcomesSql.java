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
   * One row: clients, sessions held, expected places, attended places; for 30, 60 and 90 days the
   * clients who reached the day and those still attending; clients and engaged clients of the
   * check-ins; PHQ-9 pairs and improved, GAD-7 pairs and improved (improved by {@code phq9Points}
   * and {@code gad7Points}).
   */
  public static Bound figures(
      Period period,
      LocalDate lastDay,
      int checkInPercent,
      ZoneId zone,
      OutcomeScope scope,
      int phq9Points,
      int gad7Points) {
    var values = new java.util.ArrayList<>(values(period, lastDay, checkInPercent, zone, scope));
    values.add(phq9Points);
    values.add(gad7Points);
    return new Bound(common(scope) + FIGURES, values);
  }

  /** One row per clinic week with sessions: Monday (date), expected places, attended places. */
  public static Bound weeks(
      Period period, LocalDate lastDay, int checkInPercent, ZoneId zone, OutcomeScope scope) {
    return new Bound(common(scope) + WEEKS, values(period, lastDay, checkInPercent, zone, scope));
  }

  /**
   * One row per mentor with a mentee assigned at some time in the period: mentor id, name,
   * caseload, contacts logged on the period's days, expected and attended places of the mentees in
   * the first half of the period, and in the second.
   */
  public static Bound mentors(Period period, LocalDate lastDay, ZoneId zone) {
    return new Bound(
        PARAMS + HELD + MENTORS, values(period, lastDay, 0, zone, OutcomeScope.clinic()));
  }

  private static String common(OutcomeScope scope) {
    String filter =
        switch (scope.reach()) {
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
    return PARAMS + HELD + IN_SCOPE.formatted(filter);
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

  /**
   * The period's held sessions and what was recorded at them. Attendance is read through these
   * sessions (an index-only scan of {@code attendance_session_status_idx} per session), never by
   * hashing the whole table: at a year of a 10,000-client clinic that is 1.6 million rows.
   */
  private static final String HELD =
      """
      , held as (
        select s.id, s.group_id, s.starts_at
          from params cross join group_session s
         where s.status = 'SCHEDULED'
           and s.starts_at >= params.from_ts and s.ends_at <= params.to_ts
      ),
      recorded as (
        select a.session_id, a.client_id, a.status
          from held h join attendance a on a.session_id = h.id
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
      ),
      places as (
        select h.id as session_id, e.client_id, h.starts_at,
               case when a.status in ('PRESENT', 'LATE', 'LEFT_EARLY') then 'A'
                    when a.status = 'EXCUSED' then 'E' else 'M' end as outcome
          from held h
          join enrolment e on e.group_id = h.group_id
           and h.starts_at >= e.enrolled_at and (e.ended_at is null or h.starts_at < e.ended_at)
          left join recorded a on a.session_id = h.id and a.client_id = e.client_id
      )
      """;

  /**
   * Retention is joins and aggregates over the attended sessions of the clients with a milestone in
   * the period (read through their own attendance, a few hundred clients), not an EXISTS per
   * milestone: a correlated subquery over a CTE scans the whole CTE once per client, which at
   * 10,000 clients is the difference between milliseconds and minutes.
   */
  private static final String FIGURES =
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
      attended as (
        select a.client_id, s.starts_at
          from params
          cross join (select distinct client_id from milestones) m
          join attendance a on a.client_id = m.client_id
          join group_session s on s.id = a.session_id
          join (select distinct client_id, group_id from enrolment) e
            on e.group_id = s.group_id and e.client_id = a.client_id
         where s.status = 'SCHEDULED' and a.status in ('PRESENT', 'LATE', 'LEFT_EARLY')
           and s.starts_at >= params.from_ts - interval '30 days' and s.starts_at < params.to_ts
      ),
      enrolled_on_day_n as (
        select m.client_id, m.days,
               bool_or(e.enrolled_at <= m.day_n
                       and (e.ended_at is null or e.ended_at > m.day_n)) as enrolled
          from milestones m
          join enrolment e on e.client_id = m.client_id
         group by m.client_id, m.days
      ),
      attended_before_day_n as (
        select distinct m.client_id, m.days
          from milestones m
          join attended t on t.client_id = m.client_id
           and t.starts_at >= m.day_n - interval '30 days' and t.starts_at < m.day_n
      ),
      retention as (
        select r.days, r.enrolled and t.client_id is not null as attending
          from enrolled_on_day_n r
          left join attended_before_day_n t on t.client_id = r.client_id and t.days = r.days
      ),
      check_ins as (
        select m.client_id, count(d.day) as days
          from params
          cross join members m
          left join daily_check_in d on d.client_id = m.client_id
           and d.day between params.first_day and params.last_day
         group by m.client_id
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
             (select count(*) from (select session_id from places group by session_id) held),
             (select count(*) from places where outcome <> 'E'),
             (select count(*) from places where outcome = 'A'),
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
      select cast(date_trunc('week', p.starts_at at time zone params.zone) as date) as monday,
             count(*) filter (where p.outcome <> 'E'), count(*) filter (where p.outcome = 'A')
        from params cross join places p
       group by 1
       order by 1
      """;

  /**
   * A mentee's places are those of all their enrolments, while the assignment was open or not: the
   * trend shows how the mentees fare, and a mentor takes on clients who already attend.
   */
  private static final String MENTORS =
      """
      , caseload as (
        select distinct m.mentor_id, m.client_id
          from params cross join mentor_assignment m
         where m.started_at < params.to_ts
           and (m.ended_at is null or m.ended_at > params.from_ts)
      ),
      places as (
        select c.mentor_id,
               h.starts_at < params.from_ts + (params.to_ts - params.from_ts) / 2 as first_half,
               case when a.status in ('PRESENT', 'LATE', 'LEFT_EARLY') then 'A'
                    when a.status = 'EXCUSED' then 'E' else 'M' end as outcome
          from params
          cross join caseload c
          join enrollment e on e.client_id = c.client_id and e.enrolled_at is not null
          join held h on h.group_id = e.group_id
           and h.starts_at >= e.enrolled_at and (e.ended_at is null or h.starts_at < e.ended_at)
          left join recorded a on a.session_id = h.id and a.client_id = c.client_id
      ),
      halves as (
        select mentor_id,
               count(*) filter (where first_half and outcome <> 'E') as first_expected,
               count(*) filter (where first_half and outcome = 'A') as first_attended,
               count(*) filter (where not first_half and outcome <> 'E') as second_expected,
               count(*) filter (where not first_half and outcome = 'A') as second_attended
          from places group by mentor_id
      ),
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
}
