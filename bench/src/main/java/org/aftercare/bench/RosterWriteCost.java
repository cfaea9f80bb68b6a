package org.aftercare.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.migrations.DatabaseLogin;

/**
 * What the outcome tallies' triggers (changelog 0048) cost a roster save: rosters of 20 clients of
 * sessions still to come, saved as the application saves them — one insert per place, then the
 * roster saved again with every status changed, one update per place — as the application login
 * with the clinic set, each save committed; then the places are deleted again (not timed). The same
 * rosters with the attendance triggers disabled by the owner (which adds, changes and deletes no
 * tally, so the tallies stay right), then enabled again. Medians of 40 rosters per way.
 */
final class RosterWriteCost {

  private static final int ROSTERS = 40;
  private static final int PLACES = 20;
  private static final String[] TRIGGERS = {
    "attendance_outcome_tally", "attendance_outcome_tally_update"
  };

  private RosterWriteCost() {}

  static void measure(DatabaseLogin owner, DatabaseLogin app, UUID clinic) throws SQLException {
    try (Connection writer = app.connect();
        Connection schemaOwner = owner.connect()) {
      try (var set = writer.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
        set.setString(1, clinic.toString());
        set.execute();
      }
      List<List<UUID>> rosters = rosters(writer);
      writer.setAutoCommit(false);
      var saves = new Samples();
      var resaves = new Samples();
      var savesWithout = new Samples();
      var resavesWithout = new Samples();
      save(writer, rosters, new Samples(), new Samples()); // warm-up
      save(writer, rosters, saves, resaves);
      triggers(schemaOwner, "disable");
      try {
        save(writer, rosters, savesWithout, resavesWithout);
      } finally {
        triggers(schemaOwner, "enable");
      }
      save(writer, rosters, saves, resaves);
      System.out.printf(
          "Roster of %d places, median (p95) of %d, with the tallies' triggers / without:"
              + " first save %.1f (%.1f) / %.1f (%.1f) ms, saved again with every status changed"
              + " %.1f (%.1f) / %.1f (%.1f) ms; load average %s%n",
          PLACES,
          savesWithout.count(),
          saves.median(),
          saves.p95(),
          savesWithout.median(),
          savesWithout.p95(),
          resaves.median(),
          resaves.p95(),
          resavesWithout.median(),
          resavesWithout.p95(),
          EngagementBenchmark.loadAverage());
    }
  }

  /** Sessions to come, each with the first 20 clients enrolled in its group then: id, clients. */
  private static List<List<UUID>> rosters(Connection writer) throws SQLException {
    List<List<UUID>> rosters = new ArrayList<>();
    try (var sessions =
        writer.prepareStatement(
            "select s.id, (array_agg(e.client_id order by e.client_id))[1:?]"
                + " from group_session s"
                + " join enrollment e on e.group_id = s.group_id and e.enrolled_at <= s.starts_at"
                + " and (e.ended_at is null or e.ended_at > s.starts_at)"
                + " where s.starts_at > now() and s.status = 'SCHEDULED'"
                + " and not exists (select 1 from attendance a where a.session_id = s.id)"
                + " group by s.id having count(*) >= ? order by s.id limit ?")) {
      sessions.setInt(1, PLACES);
      sessions.setInt(2, PLACES);
      sessions.setInt(3, ROSTERS);
      try (var rows = sessions.executeQuery()) {
        while (rows.next()) {
          List<UUID> roster = new ArrayList<>();
          roster.add(rows.getObject(1, UUID.class));
          for (Object client : (Object[]) rows.getArray(2).getArray()) {
            roster.add((UUID) client);
          }
          rosters.add(roster);
        }
      }
    }
    return rosters;
  }

  private static void save(
      Connection writer, List<List<UUID>> rosters, Samples saves, Samples resaves)
      throws SQLException {
    try (var insert =
            writer.prepareStatement(
                "insert into attendance (id, tenant_id, session_id, client_id, status,"
                    + " recorded_at) values (gen_random_uuid(), aftercare_current_tenant(), ?, ?,"
                    + " 'PRESENT', now())");
        var update =
            writer.prepareStatement(
                "update attendance set status = 'EXCUSED', version = version + 1"
                    + " where session_id = ? and client_id = ?")) {
      for (List<UUID> roster : rosters) {
        UUID session = roster.getFirst();
        saves.time(
            () -> {
              for (UUID client : roster.subList(1, roster.size())) {
                insert.setObject(1, session);
                insert.setObject(2, client);
                insert.executeUpdate();
              }
              writer.commit();
            });
        resaves.time(
            () -> {
              for (UUID client : roster.subList(1, roster.size())) {
                update.setObject(1, session);
                update.setObject(2, client);
                update.executeUpdate();
              }
              writer.commit();
            });
        try (var delete = writer.prepareStatement("delete from attendance where session_id = ?")) {
          delete.setObject(1, session);
          delete.executeUpdate();
        }
        writer.commit();
      }
    }
  }

  private static void triggers(Connection schemaOwner, String how) throws SQLException {
    try (var statement = schemaOwner.createStatement()) {
      for (String trigger : TRIGGERS) {
        statement.execute("alter table attendance " + how + " trigger " + trigger);
      }
    }
  }
}
