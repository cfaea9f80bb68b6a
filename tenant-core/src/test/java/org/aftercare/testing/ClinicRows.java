package org.aftercare.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain SQL on one clinic's rows, through the application's pool and so under row-level security:
 * for what no service shows (reminder claims, rows left behind) or what a test must arrange that no
 * service allows (a session that already took place).
 */
public record ClinicRows(DataSource dataSource, UUID clinic) {

  public long count(String sql, Object... parameters) {
    return run(
        sql,
        parameters,
        statement -> {
          try (var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  public int update(String sql, Object... parameters) {
    return run(sql, parameters, PreparedStatement::executeUpdate);
  }

  /** Every row of the statement, each as its columns' values. */
  public List<List<Object>> list(String sql, List<Object> parameters) {
    return run(
        sql,
        parameters.toArray(),
        statement -> {
          List<List<Object>> all = new ArrayList<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              List<Object> row = new ArrayList<>();
              for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                row.add(rows.getObject(column));
              }
              all.add(row);
            }
          }
          return all;
        });
  }

  /** Moves an account's last failed sign-in a day back, past any delay, as waiting it out would. */
  public void signInDelayPassed(String email) {
    update(
        "update account set last_failed_sign_in_at = now() - interval '1 day'"
            + " where lower(email) = lower(?)",
        email);
  }

  private interface Work<T> {
    T on(PreparedStatement statement) throws SQLException;
  }

  private <T> T run(String sql, Object[] parameters, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      setClinic(connection, clinic.toString());
      try (var statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        return work.on(statement);
      } finally {
        setClinic(connection, "");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void setClinic(Connection connection, String clinic) throws SQLException {
    try (var statement =
        connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      statement.setString(1, clinic);
      statement.execute();
    }
  }
}
