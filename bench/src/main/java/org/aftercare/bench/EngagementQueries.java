package org.aftercare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.engagement.EngagementSql;
import org.aftercare.engagement.EngagementSql.Bound;
import org.aftercare.migrations.DatabaseLogin;

/**
 * The statements of {@link EngagementSql}, bound as {@code EngagementFlags.all} and {@code
 * Adherence.of}/{@code ofClinic} have them bound, on one connection of the application role with
 * the clinic set — row-level security on, as in production.
 */
final class EngagementQueries implements AutoCloseable {

  private final Connection connection;
  private final ZoneId zone;
  private final EngagementSql.Thresholds thresholds;

  private EngagementQueries(Connection connection) throws SQLException {
    this.connection = connection;
    try (var statement =
            connection.prepareStatement(
                "select time_zone, flag_missed_sessions, flag_attendance_percent,"
                    + " flag_no_check_in_days, flag_craving from tenant"
                    + " where id = aftercare_current_tenant()");
        ResultSet clinic = statement.executeQuery()) {
      clinic.next();
      zone = ZoneId.of(clinic.getString(1));
      thresholds =
          new EngagementSql.Thresholds(
              clinic.getInt(2), clinic.getInt(3), clinic.getInt(4), clinic.getInt(5));
    }
  }

  /** Connects as {@code app} and sets the clinic the way {@code RowLevelSecurity} does. */
  static EngagementQueries asClinic(DatabaseLogin app, UUID clinic) throws SQLException {
    Connection connection = app.connect();
    try (var setTenant =
        connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      setTenant.setString(1, clinic.toString());
      setTenant.execute();
      return new EngagementQueries(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  ZoneId zone() {
    return zone;
  }

  /** The smallest id of a table's rows that match {@code condition} (none: every row). */
  String firstId(String table, String condition) throws SQLException {
    String where = condition.isEmpty() ? "" : " where " + condition;
    try (var statement = connection.prepareStatement("select min(id::text) from " + table + where);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  /** The ids of the clinic's clients, as row-level security shows them. */
  List<UUID> clientIds() throws SQLException {
    try (var statement = connection.prepareStatement("select id from client");
        ResultSet rows = statement.executeQuery()) {
      List<UUID> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class));
      }
      return ids;
    }
  }

  /** The dashboard's flags, as {@code EngagementFlags.all(now)} asks for them. */
  Bound flags(Instant now) {
    return EngagementSql.flags(now, LocalDate.ofInstant(now, zone), thresholds);
  }

  /** One client's flags, as {@code Adherence.of} asks for them. */
  Bound flagsOf(UUID client, Instant now) {
    return EngagementSql.flagsOf(List.of(client), now, LocalDate.ofInstant(now, zone), thresholds);
  }

  /** One client's summary, as {@code Adherence.of} asks for it. */
  Bound summary(UUID client, LocalDate from, LocalDate to, Instant now) {
    return EngagementSql.summaryOf(client, EngagementSql.Period.of(from, to, zone, now));
  }

  /** Every client's summary, as {@code Adherence.ofClinic} asks for them. */
  Bound summaries(LocalDate from, LocalDate to, Instant now) {
    return EngagementSql.summaries(EngagementSql.Period.of(from, to, zone, now));
  }

  /** Runs the statement and reads every row; returns how many there were. */
  int run(Bound bound) throws SQLException {
    try (PreparedStatement statement = prepare("", bound);
        ResultSet rows = statement.executeQuery()) {
      int count = 0;
      while (rows.next()) {
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          rows.getObject(column);
        }
        count++;
      }
      return count;
    }
  }

  /** Runs the statement and returns every row, each as the text of its values. */
  List<String> rows(Bound bound) throws SQLException {
    try (PreparedStatement statement = prepare("", bound);
        ResultSet rows = statement.executeQuery()) {
      List<String> all = new ArrayList<>();
      while (rows.next()) {
        var row = new StringBuilder();
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          row.append(column > 1 ? ", " : "").append(rows.getString(column));
        }
        all.add(row.toString());
      }
      return all;
    }
  }

  /** The plan PostgreSQL chose for the statement with these values, with actual times. */
  String explain(Bound bound) throws SQLException {
    try (PreparedStatement statement = prepare("explain (analyze, buffers) ", bound);
        ResultSet lines = statement.executeQuery()) {
      var plan = new StringBuilder();
      while (lines.next()) {
        plan.append(lines.getString(1)).append('\n');
      }
      return plan.toString();
    }
  }

  /**
   * How often the server planned the statement generically: once the driver prepares it on the
   * server (from its fifth run), PostgreSQL may stop planning for the actual values.
   */
  String planCache(Bound bound) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select generic_plans, custom_plans from pg_prepared_statements where statement = ?")) {
      statement.setString(1, asSentToServer(bound.sql()));
      try (ResultSet counts = statement.executeQuery()) {
        return counts.next()
            ? counts.getLong(1) + " generic / " + counts.getLong(2) + " custom plans"
            : "not prepared on the server";
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private PreparedStatement prepare(String prefix, Bound bound) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(prefix + bound.sql());
    for (int i = 0; i < bound.parameters().size(); i++) {
      statement.setObject(i + 1, bound.parameters().get(i));
    }
    return statement;
  }

  /** The driver sends {@code ?} as {@code $1}, {@code $2}, …; the statements hold no other. */
  private static String asSentToServer(String sql) {
    var numbered = new StringBuilder();
    int parameter = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++parameter);
      } else {
        numbered.append(c);
      }
    }
    return numbered.toString();
  }
}
