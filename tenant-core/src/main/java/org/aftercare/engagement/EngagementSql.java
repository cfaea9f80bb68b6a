package org.aftercare.engagement;

/**
 * The SQL behind flags and adherence summaries, in one place so the services and the benchmark in
 * {@code bench/} run the very same statements. Every statement reads the current clinic's rows
 * only: row-level security scopes them.
 *
 * <p>A session counts for a client when it was held (not cancelled), has ended inside the period
 * and fell while the client was enrolled. Its outcome is A (attended: present, late or left early),
 * E (excused, which counts neither way) or M (missed: absent, or nothing recorded — a roster nobody
 * took must not make a client look engaged).
 */
public final class EngagementSql {

  private EngagementSql() {}

  /** Parameters: period start, period end (timestamptz); then the client filter's, if any. */
  private static final String SESSIONS =
      """
      with period as (select cast(? as timestamptz) as from_ts, cast(? as timestamptz) as to_ts),
      sessions as (
        select e.client_id, s.starts_at,
               case when a.status in ('PRESENT', 'LATE', 'LEFT_EARLY') then 'A'
                    when a.status = 'EXCUSED' then 'E' else 'M' end as outcome
          from period
          join group_session s on s.starts_at >= period.from_ts and s.ends_at <= period.to_ts
          join enrollment e on e.group_id = s.group_id and e.enrolled_at is not null
           and s.starts_at >= e.enrolled_at and (e.ended_at is null or s.starts_at < e.ended_at)
          left join attendance a on a.session_id = s.id and a.client_id = e.client_id
         where s.status = 'SCHEDULED' %s
      ),
      runs as (
        select client_id, outcome, count(*) as length, max(starts_at) as last_at
          from (select client_id, outcome, starts_at,
                       row_number() over (partition by client_id order by starts_at)
                       - row_number() over (partition by client_id, outcome order by starts_at)
                         as island
                  from sessions where outcome <> 'E') numbered
         group by client_id, outcome, island
      ),
      latest_run as (
        select distinct on (client_id) client_id, outcome, length
          from runs order by client_id, last_at desc
      ),
      totals as (
        select client_id, count(*) as scheduled,
               count(*) filter (where outcome = 'A') as attended,
               count(*) filter (where outcome = 'E') as excused
          from sessions group by client_id
      )
      """;

  /**
   * One row per client: client_id, scheduled, attended, excused, longest attended run, current
   * attended run, consecutive misses, days with a check-in. Parameters, in this order: period start
   * and end (timestamptz); the client id if {@code oneClient} (it filters the sessions); first and
   * last day (date) for check-ins; the client id again if {@code oneClient}.
   */
  static String summaries(boolean oneClient) {
    return SESSIONS.formatted(oneClient ? "and e.client_id = cast(? as uuid)" : "")
        + """
        select c.id,
               coalesce(t.scheduled, 0), coalesce(t.attended, 0), coalesce(t.excused, 0),
               coalesce((select max(r.length) from runs r
                          where r.client_id = c.id and r.outcome = 'A'), 0),
               case when l.outcome = 'A' then l.length else 0 end,
               case when l.outcome = 'M' then l.length else 0 end,
               (select count(*) from daily_check_in d
                 where d.tenant_id = c.tenant_id and d.client_id = c.id
                   and d.day between cast(? as date) and cast(? as date))
          from client c
          left join totals t on t.client_id = c.id
          left join latest_run l on l.client_id = c.id
        """
        + (oneClient ? " where c.id = cast(? as uuid)" : "");
  }

  /**
   * One row per raised flag: client_id, reason (a {@link FlagReason} name), the figure behind it.
   * Parameters: period start and end (the last 30 days), missed-in-a-row threshold, attendance
   * percent threshold, today (date), no-check-in days, craving threshold.
   *
   * <p>NO_CHECK_IN is for clients with an active portal account, counted from their last check-in
   * or else from the clinic day the account was opened (in the clinic's zone, not the database
   * session's). Craving and use come from any client's latest check-in, portal account or not.
   */
  static final String FLAGS =
      SESSIONS.formatted("")
          + """
          , thresholds as (
            select cast(? as integer) as missed, cast(? as integer) as percent,
                   cast(? as date) as today, cast(? as integer) as quiet_days,
                   cast(? as integer) as craving
          ),
          last_check_in as (
            select c.id as client_id, p.since, d.day, d.craving, d.used
              from client c
              join tenant t on t.id = c.tenant_id
              left join lateral (
                select cast(a.created_at at time zone t.time_zone as date) as since
                  from account a
                 where a.tenant_id = c.tenant_id and a.client_id = c.id and a.status = 'ACTIVE'
                 order by a.created_at limit 1) p on true
              left join lateral (
                select day, craving, used from daily_check_in d
                 where d.tenant_id = c.tenant_id and d.client_id = c.id
                 order by day desc limit 1) d on true
          )
          select l.client_id, 'MISSED_SESSIONS', l.length
            from latest_run l, thresholds
           where l.outcome = 'M' and l.length >= thresholds.missed
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
          """;
}
