package org.aftercare.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.aftercare.migrations.DatabaseLogin;

/**
 * What the outcome figures read beyond {@link BenchmarkClinic}'s engagement: peer mentoring (two in
 * five clients have had one of the ten mentors, one in five of those assignments has ended; about
 * one contact a week in seven) and standard measures (three in ten clients answer the PHQ-9, three
 * in ten the GAD-7, every 28 days for the year, totals drifting down). Seeded set-based as the
 * schema owner with the clinic set; the draws are seeded (setseed).
 */
final class OutcomeHistory {

  private OutcomeHistory() {}

  /** Seeds the history unless an earlier run did (a reused clinic may lack it). */
  static void seed(DatabaseLogin owner, UUID clinic) throws SQLException {
    try (Connection connection = owner.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("select set_config('app.tenant_id', '" + clinic + "', false)");
      try (var seeded = sql.executeQuery("select count(*) from mentor_assignment")) {
        seeded.next();
        if (seeded.getLong(1) > 0) {
          return;
        }
      }
      System.out.println("Mentoring and measures:");
      long start = System.nanoTime();
      sql.execute(MENTORING.formatted(clinic));
      System.out.printf("  %-30s %7.1f s%n", "mentoring", (System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      sql.execute(MEASURES);
      System.out.printf("  %-30s %7.1f s%n", "measures", (System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      sql.execute(
          "vacuum (analyze) mentor_assignment, mentor_contact, measure_assignment,"
              + " measure_response");
      System.out.printf("  %-30s %7.1f s%n", "vacuum analyze", (System.nanoTime() - start) / 1e9);
    }
  }

  private static final String MENTORING =
      """
      select setseed(0.4);
      select set_config('app.tenant_id', '%s', false);
      create temp table bench_mentor as
        select row_number() over (order by id) - 1 as n, id
          from account where roles = 'PEER_MENTOR';
      create temp table bench_mentee as
        select c.id as client_id, m.id as mentor_id,
               c.created_at + random() * interval '60 days' as started_at,
               case when random() < 0.2 then now() - random() * interval '200 days' end as ended_at
          from (select id, created_at, row_number() over (order by id) as n from client) c
          join bench_mentor m on m.n = c.n %% 10
         where random() < 0.4;
      insert into mentor_assignment (id, tenant_id, client_id, mentor_id, started_at, ended_at)
      select gen_random_uuid(), aftercare_current_tenant(), client_id, mentor_id, started_at,
             ended_at
        from bench_mentee;
      insert into mentor_contact (id, tenant_id, client_id, mentor_id, contact_date, channel,
                                  created_at)
      select gen_random_uuid(), aftercare_current_tenant(), client_id, mentor_id,
             cast(at as date) as contact_date,
             (array['PHONE', 'TEXT', 'VIDEO', 'IN_PERSON'])[1 + cast(floor(random() * 4) as integer)],
             at as created_at
        from bench_mentee,
             generate_series(started_at, coalesce(ended_at, now()), interval '7 days') as at
       where random() < 0.7
       order by created_at;
      """;

  private static final String MEASURES =
      """
      create temp table bench_measure as
        select gen_random_uuid() as id, c.id as client_id, i.instrument, i.highest,
               c.created_at as assigned_at, 8 + floor(random() * 12) as baseline
          from client c
          cross join (values ('PHQ_9', 27), ('GAD_7', 21)) as i(instrument, highest)
         where random() < 0.3;
      insert into measure_assignment (id, tenant_id, client_id, instrument, every_days,
                                      assigned_at)
      select id, aftercare_current_tenant(), client_id, instrument, 28, assigned_at
        from bench_measure;
      insert into measure_response (id, tenant_id, assignment_id, client_id, instrument, due_on,
                                    answers, total_score, band, completed_at)
      select gen_random_uuid(), aftercare_current_tenant(), m.id, m.client_id, m.instrument,
             cast(due as date) as due_on, '0',
             greatest(0, least(m.highest, m.baseline - k / 3 + floor(random() * 7) - 3)),
             'moderate', due + interval '2 hours'
        from bench_measure m,
             generate_series(now() - interval '364 days', now() - interval '1 day',
                             interval '28 days') with ordinality as s(due, k)
       order by due_on;
      """;
}
