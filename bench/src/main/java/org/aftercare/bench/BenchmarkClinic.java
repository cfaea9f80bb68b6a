package org.aftercare.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.shared.Identifiers;

/**
 * One clinic with a year of engagement: 2,000 clients (about 70 % with a portal account), 100
 * groups meeting twice a week, six groups per client, attendance for every held session and daily
 * check-ins of the portal clients. Seeded set-based, as the schema owner with the clinic set the
 * way {@code RowLevelSecurity} sets it: forced row-level security applies to the owner too.
 *
 * <p>Clients follow one of three patterns — steady (70 %), wavering (20 %), drifting (10 %, who
 * attend and check in less, and much less in the last six weeks) — so that the flags have something
 * to find. The random draws are seeded (setseed), so runs seed the same mix; how much of it lies in
 * the past depends on the hour a run starts. Rows go in in the order the portal writes them
 * (sessions ahead of time, attendance session by session, check-ins day by day), so that the tables
 * lie on disk as a live clinic's do.
 */
final class BenchmarkClinic {

  static final String SLUG = "bench";
  static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private BenchmarkClinic() {}

  /** The clinic a previous run seeded on this database, if any. */
  static Optional<UUID> existing(DatabaseLogin owner) throws SQLException {
    try (Connection connection = owner.connect();
        var statement = connection.prepareStatement("select id from tenant where slug = ?")) {
      statement.setString(1, SLUG);
      try (var clinic = statement.executeQuery()) {
        return clinic.next() ? Optional.of(clinic.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  /** Seeds the engagement benchmark's clinic: 2,000 clients in six groups each. */
  static UUID seed(DatabaseLogin owner) throws SQLException {
    return seed(owner, 2_000, 6);
  }

  /**
   * Seeds a clinic of {@code clients} clients in {@code groupsPerClient} of the 100 groups each (at
   * most ten: one per time slot); returns its id. Prints each step's time as it goes.
   */
  static UUID seed(DatabaseLogin owner, int clients, int groupsPerClient) throws SQLException {
    UUID clinic = Identifiers.newId();
    try (Connection connection = owner.connect();
        Statement sql = connection.createStatement()) {
      Steps steps = new Steps(sql);
      steps.run("clinic and staff", clinicAndStaff(clinic) + AUTOVACUUM_OFF);
      steps.run("clients and portal accounts", CLIENTS.formatted(clients - 1));
      steps.run("groups and facilitators", GROUPS);
      steps.run("sessions", SESSIONS);
      steps.run("enrolments", ENROLMENTS.formatted(groupsPerClient - 1));
      steps.run("attendance", ATTENDANCE);
      steps.run("daily check-ins", CHECK_INS);
      steps.run("vacuum analyze", VACUUM_ANALYZE);
      sql.execute(AUTOVACUUM_ON);
      steps.printTotal();
    }
    return clinic;
  }

  /** Row counts of what was seeded, read as the owner with the clinic set. */
  static Map<String, String> rowCounts(DatabaseLogin owner, UUID clinic) throws SQLException {
    var counts = new LinkedHashMap<String, String>();
    try (Connection connection = owner.connect();
        Statement sql = connection.createStatement()) {
      try (var setTenant =
          connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
        setTenant.setString(1, clinic.toString());
        setTenant.execute();
      }
      for (var line : ROW_COUNTS.entrySet()) {
        try (var row = sql.executeQuery(line.getValue())) {
          row.next();
          counts.put(line.getKey(), row.getString(1));
        }
      }
    }
    return counts;
  }

  private static String clinicAndStaff(UUID clinic) {
    LocalDate today = LocalDate.now(ZONE);
    return """
        select setseed(0.2026);
        -- UUID version 7 for a given time, like Identifiers.newId() at that time.
        create function pg_temp.uuid7(stamp timestamptz) returns uuid language sql volatile as $$
          select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                   placing substring(int8send(floor(extract(epoch from stamp) * 1000)::bigint) from 3)
                   from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
        $$;
        create temp table bench_clock as
          select date '%2$s' as today, '%3$s' as zone,
                 cast(date '%2$s' - 364 as timestamp) at time zone '%3$s' as year_start;
        insert into tenant (id, slug, name, time_zone)
          values ('%1$s', '%4$s', 'Benchmark Recovery Center', '%3$s');
        select set_config('app.tenant_id', '%1$s', false);

        insert into account (id, tenant_id, email, display_name, password_hash, roles, created_at)
        select pg_temp.uuid7(opened), aftercare_current_tenant(), kind || n || '@bench.example',
               initcap(kind) || ' ' || n, 'no-sign-in', roles, opened
          from (values ('admin', 'CLINIC_ADMIN', 1), ('clinician', 'CLINICIAN', 20),
                       ('mentor', 'PEER_MENTOR', 10)) as staff(kind, roles, headcount),
               generate_series(1, headcount) as n,
               (select now() - interval '500 days' as opened) as since;
        create temp table bench_clinician as
          select row_number() over (order by id) - 1 as n, id from account where roles = 'CLINICIAN';
        """
        .formatted(clinic, today, ZONE.getId(), SLUG);
  }

  private static final String CLIENTS =
      """
      create temp table bench_client as
      select n, pg_temp.uuid7(created) as id, created, pattern, portal,
             case pattern when 'steady' then 0.92 when 'wavering' then 0.70 else 0.60 end as attends,
             case pattern when 'steady' then 0.92 when 'wavering' then 0.60 else 0.20 end
               as attends_lately,
             case pattern when 'steady' then 0.85 when 'wavering' then 0.55 else 0.40 end as checks_in
        from (select n, created, random() < 0.7 as portal,
                     case when r < 0.7 then 'steady' when r < 0.9 then 'wavering' else 'drifting' end
                       as pattern
                from (select n, random() as r,
                             now() - interval '430 days' + random() * interval '30 days' as created
                        from generate_series(0, %d) as n) as drawn) as typed;

      insert into client (id, tenant_id, display_name, legal_name, email, phone,
                          recovery_start_date, created_at, updated_at)
      select id, aftercare_current_tenant(), 'Client ' || to_char(n, 'FM0000'),
             'Benchmark Client ' || to_char(n, 'FM0000'), 'client' || n || '@bench.example',
             '+1555' || to_char(n, 'FM0000000'),
             cast(created - random() * interval '120 days' as date), created, created
        from bench_client;

      -- Most portal accounts were opened around discharge, some later in the year.
      insert into account (id, tenant_id, email, display_name, password_hash, roles, status,
                           created_at, client_id)
      select pg_temp.uuid7(opened), aftercare_current_tenant(), 'client' || n || '@bench.example',
             'Client ' || to_char(n, 'FM0000'), 'no-sign-in', 'CLIENT',
             case when random() < 0.05 then 'DEACTIVATED' else 'ACTIVE' end, opened, id
        from (select n, id,
                     created + case when random() < 0.85 then random() * interval '40 days'
                                    else random() * interval '360 days' end as opened
                from bench_client where portal) as portal_client;
      """;

  /**
   * Ten time slots, each twice a week at one hour; slots at the same hour meet on other days, and a
   * client's six groups (below) are in six different slots, so no client has two sessions at once.
   */
  private static final String GROUPS =
      """
      create temp table bench_group as
      select n, pg_temp.uuid7(now() - interval '420 days') as id, byday, first_day, second_day,
             time '17:00' + (n % 10 % 4) * interval '1 hour' as start_time,
             (array[60, 90, 90, 120])[n % 4 + 1] as minutes
        from generate_series(0, 99) as n
        join (values (0, 'MO,TH', 1, 4), (1, 'TU,FR', 2, 5), (2, 'WE,SU', 3, 7))
               as week(pattern, byday, first_day, second_day) on week.pattern = n % 10 / 4;

      insert into recovery_group (id, tenant_id, name, modality, capacity, enrolment,
                                  recurrence_rule, first_day, start_time, duration_minutes,
                                  time_zone, created_at)
      select g.id, aftercare_current_tenant(), 'Group ' || to_char(n, 'FM000'),
             (array['TWELVE_STEP', 'SMART_RECOVERY', 'PEER_SUPPORT', 'FAITH_BASED',
                    'MEDICATION_ASSISTED', 'FAMILY', 'OTHER'])[n / 7 % 7 + 1],
             150, case when n % 10 = 0 then 'CLOSED' else 'OPEN' end,
             'FREQ=WEEKLY;BYDAY=' || byday, clock.today - 400, start_time, minutes, clock.zone,
             now() - interval '420 days'
        from bench_group g, bench_clock clock;

      -- Every group has a clinician; every third one a second.
      insert into group_facilitator (id, tenant_id, group_id, account_id)
      select pg_temp.uuid7(now() - interval '420 days'), aftercare_current_tenant(), g.id, c.id
        from bench_group g
        join bench_clinician c on c.n = g.n % 20 or (g.n % 3 = 0 and c.n = (g.n + 7) % 20);
      """;

  /** A year and a week back (the summaries' year plus the week before), four weeks ahead. */
  private static final String SESSIONS =
      """
      insert into group_session (id, tenant_id, group_id, occurrence, starts_at, ends_at, status,
                                 cancel_reason)
      select pg_temp.uuid7(starts_at - interval '56 days'), aftercare_current_tenant(), group_id,
             starts_at, starts_at, starts_at + minutes * interval '1 minute',
             case when cancelled then 'CANCELLED' else 'SCHEDULED' end,
             case when cancelled then 'Facilitator unwell' end
        from (select g.id as group_id, g.minutes, random() < 0.02 as cancelled,
                     (cast(day as date) + g.start_time) at time zone clock.zone as starts_at
                from bench_group g, bench_clock clock,
                     generate_series(cast(clock.today - 371 as timestamp),
                                     cast(clock.today + 28 as timestamp), interval '1 day') as day
               where extract(isodow from day) in (g.first_day, g.second_day)) as planned
       order by starts_at;
      """;

  /**
   * Six groups per client (n + 17k: six different slots), so 120 places per group; three in four
   * were enrolled before the year began, the rest joined during it, and 15 % withdrew at some
   * point. 2 % of clients wait for a seventh group.
   */
  private static final String ENROLMENTS =
      """
      insert into enrollment (id, tenant_id, group_id, client_id, status, requested_at,
                              enrolled_at, ended_at, end_reason, ground_rules_accepted_at)
      select pg_temp.uuid7(enrolled_at - interval '3 days'), aftercare_current_tenant(), group_id,
             client_id, case when ended_at is null then 'ENROLLED' else 'WITHDRAWN' end,
             enrolled_at - interval '3 days', enrolled_at, ended_at,
             case when ended_at is not null then 'Finished with this group' end, enrolled_at
        from (select group_id, client_id, enrolled_at,
                     case when random() < 0.15
                          then greatest(enrolled_at, year_start)
                               + random() * (now() - greatest(enrolled_at, year_start)) end
                       as ended_at
                from (select g.id as group_id, c.id as client_id, clock.year_start,
                             case when random() < 0.75
                                  then clock.year_start - random() * interval '30 days'
                                  else clock.year_start + random() * interval '330 days' end
                               as enrolled_at
                        from bench_client c
                        cross join generate_series(0, %d) as slot
                        join bench_group g on g.n = (c.n + 17 * slot) %% 100
                        cross join bench_clock clock) as joined) as stayed
       order by enrolled_at;

      insert into enrollment (id, tenant_id, group_id, client_id, status, requested_at)
      select pg_temp.uuid7(requested_at), aftercare_current_tenant(), group_id, client_id,
             'WAITLISTED', requested_at
        from (select g.id as group_id, c.id as client_id,
                     now() - random() * interval '20 days' as requested_at
                from bench_client c join bench_group g on g.n = (c.n + 8) %% 100
               where random() < 0.02) as waiting;
      """;

  /**
   * A row for 96 % of the places at held sessions (the rest: a roster nobody took); 6 % excused,
   * the others attended by the client's pattern (present, late or left early) or absent. A quarter
   * of attended rows come from the client's self check-in.
   */
  private static final String ATTENDANCE =
      """
      insert into attendance (id, tenant_id, session_id, client_id, status, excuse_reason,
                              self_reported, recorded_by, recorded_at)
      select pg_temp.uuid7(recorded_at), aftercare_current_tenant(), session_id, client_id, status,
             case when status = 'EXCUSED' then 'Work shift' end, self_reported,
             case when not self_reported then facilitator end, recorded_at
        from (select session_id, client_id, facilitator, ends_at + interval '15 minutes' as recorded_at,
                     case when outcome < 0.06 then 'EXCUSED'
                          when outcome < 0.06 + 0.94 * attends then
                            case when kind < 0.85 then 'PRESENT' when kind < 0.95 then 'LATE'
                                 else 'LEFT_EARLY' end
                          else 'ABSENT' end as status,
                     outcome >= 0.06 and outcome < 0.06 + 0.94 * attends and kind < 0.25
                       as self_reported
                from (select s.id as session_id, s.ends_at, e.client_id, f.id as facilitator,
                             case when s.starts_at > now() - interval '42 days'
                                  then c.attends_lately else c.attends end as attends,
                             random() as outcome, random() as kind, random() as recorded
                        from group_session s
                        join enrollment e on e.group_id = s.group_id and e.enrolled_at is not null
                         and s.starts_at >= e.enrolled_at
                         and (e.ended_at is null or s.starts_at < e.ended_at)
                        join bench_client c on c.id = e.client_id
                        join bench_group g on g.id = s.group_id
                        join bench_clinician f on f.n = g.n % 20
                       where s.status = 'SCHEDULED' and s.ends_at <= now()) as expected
               where recorded < 0.96) as drawn
       order by recorded_at, session_id;
      """;

  /**
   * Each active portal client on some days of the year up to yesterday, by pattern; drifting
   * clients have gone quiet for the last six days.
   */
  private static final String CHECK_INS =
      """
      insert into daily_check_in (id, tenant_id, client_id, day, mood, craving, used, created_at)
      select pg_temp.uuid7(created_at), aftercare_current_tenant(), client_id, day,
             case pattern when 'steady' then 3 + floor(random() * 3)
                          when 'wavering' then 2 + floor(random() * 3)
                          else 1 + floor(random() * 3) end,
             case pattern when 'steady' then floor(random() * random() * 8)
                          when 'wavering' then floor(random() * 9)
                          else floor(random() * 11) end,
             random() < case pattern when 'steady' then 0.002 when 'wavering' then 0.01 else 0.05 end,
             created_at
        from (select a.client_id, c.pattern, c.checks_in, clock.today, random() as checks,
                     cast(day as date) as day,
                     (cast(day as date) + time '07:00' + random() * interval '15 hours')
                       at time zone clock.zone as created_at
                from account a
                join bench_client c on c.id = a.client_id
                cross join bench_clock clock
                cross join generate_series(
                    cast(greatest(cast(a.created_at at time zone clock.zone as date),
                                  clock.today - 364) as timestamp),
                    cast(clock.today - 1 as timestamp), interval '1 day') as day
               where a.status = 'ACTIVE') as open_days
       where checks < checks_in and not (pattern = 'drifting' and day > today - 6)
       order by created_at;
      """;

  /**
   * Autovacuum rests while the tables fill: a worker's snapshot taken mid-load would keep the
   * closing VACUUM from marking pages all-visible, and index-only scans would visit the heap.
   */
  private static final String AUTOVACUUM_OFF =
      """
      alter table attendance set (autovacuum_enabled = false);
      alter table daily_check_in set (autovacuum_enabled = false);
      alter table group_session set (autovacuum_enabled = false);
      alter table enrollment set (autovacuum_enabled = false);
      """;

  private static final String AUTOVACUUM_ON =
      """
      alter table attendance reset (autovacuum_enabled);
      alter table daily_check_in reset (autovacuum_enabled);
      alter table group_session reset (autovacuum_enabled);
      alter table enrollment reset (autovacuum_enabled);
      """;

  private static final String VACUUM_ANALYZE =
      """
      vacuum (analyze) tenant, account, client, recovery_group, group_facilitator, group_session,
        enrollment, attendance, daily_check_in;
      """;

  private static final Map<String, String> ROW_COUNTS =
      rowCountQueries(
          "clients",
          "select count(*) from client",
          "portal accounts",
          "select count(*) || ' (' || count(*) filter (where status = 'ACTIVE') || ' active)'"
              + " from account where client_id is not null",
          "staff accounts",
          "select count(*) from account where client_id is null",
          "groups",
          "select count(*) || ' (' || (select count(*) from group_facilitator) || ' facilitators)'"
              + " from recovery_group",
          "sessions",
          "select count(*) || ' (' || count(*) filter (where status = 'CANCELLED')"
              + " || ' cancelled, ' || count(*) filter (where starts_at > now())"
              + " || ' ahead)' from group_session",
          "enrolments",
          "select sum(n) || ' (' || string_agg(status || ' ' || n, ', ') || ')'"
              + " from (select status, count(*) as n from enrollment group by status"
              + " order by status) as by_status",
          "attendance",
          "select sum(n) || ' (' || string_agg(status || ' ' || n, ', ') || ')'"
              + " from (select status, count(*) as n from attendance group by status"
              + " order by status) as by_status",
          "daily check-ins",
          "select count(*) || ' (' || count(distinct client_id) || ' clients)'"
              + " from daily_check_in");

  private static Map<String, String> rowCountQueries(String... labelsAndQueries) {
    var queries = new LinkedHashMap<String, String>();
    for (int i = 0; i < labelsAndQueries.length; i += 2) {
      queries.put(labelsAndQueries[i], labelsAndQueries[i + 1]);
    }
    return queries;
  }

  /** Runs the seed's steps one after another and prints how long each took. */
  private static final class Steps {
    private final Statement sql;
    private final long start = System.nanoTime();

    Steps(Statement sql) {
      this.sql = sql;
    }

    void run(String name, String statements) throws SQLException {
      long stepStart = System.nanoTime();
      sql.execute(statements);
      System.out.printf("  %-30s %7.1f s%n", name, seconds(stepStart));
    }

    void printTotal() {
      System.out.printf("  %-30s %7.1f s%n", "seed total", seconds(start));
    }

    private static double seconds(long since) {
      return (System.nanoTime() - since) / 1e9;
    }
  }
}
