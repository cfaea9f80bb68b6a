package org.aftercare.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.engagement.EngagementSql;
import org.aftercare.migrations.DatabaseLogin;

/**
 * The statements of {@link EngagementSql}, bound as {@code EngagementFlags.all} and {@code
 * Adherence.of}/{@code ofClinic} bind them, on one connection of the application role with the
 * clinic set — row-level security on, as in production.
 */
final class EngagementQueries implements AutoCloseable {

  /** A statement with its parameters, ready to run or to explain. */
  record Bound(String sql, List<Object> parameters) {}

  private final Connection connection;
  private final ZoneId zone;
  private final int missedSessions;
  private final int attendancePercent;
  private final int noCheckInDays;
  private final int craving;

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
      missedSessions = clinic.getInt(2);
      attendancePercent = clinic.getInt(3);
      noCheckInDays = clinic.getInt(4);
      craving = clinic.getInt(5);
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

  /** The dashboard's flags, as {@code EngagementFlags.all(now)} binds them. */
  Bound flags(Instant now) {
    return new Bound(
        EngagementSql.FLAGS,
        List.of(
            Timestamp.from(now.minus(EngagementSql.FLAGS_LOOK_BACK)),
            Timestamp.from(now),
            missedSessions,
            attendancePercent,
            Date.valueOf(LocalDate.ofInstant(now, zone)),
            noCheckInDays,
            craving));
  }

  /** One client's summary, as {@code Adherence.of} binds it. */
  Bound summary(UUID client, LocalDate from, LocalDate to, Instant now) {
    List<Object> parameters = new ArrayList<>(period(from, to, now));
    parameters.add(client.toString());
    parameters.add(client.toString());
    return new Bound(EngagementSql.summaries(true), parameters);
  }

  /** Every client's summary, as {@code Adherence.ofClinic} binds it. */
  Bound summaries(LocalDate from, LocalDate to, Instant now) {
    return new Bound(EngagementSql.summaries(false), period(from, to, now));
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

  /** Mirrors {@code Adherence.periodQuery}: the clinic's calendar days, the end capped at now. */
  private List<Object> period(LocalDate from, LocalDate to, Instant now) {
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    return List.of(
        Timestamp.from(from.atStartOfDay(zone).toInstant()),
        Timestamp.from(end.isAfter(now) ? now : end),
        Date.valueOf(from),
        Date.valueOf(to));
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
