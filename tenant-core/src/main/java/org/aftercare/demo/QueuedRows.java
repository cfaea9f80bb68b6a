package org.aftercare.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows to write, gathered by statement and sent as one JDBC batch per statement, in the order each
 * statement was first added (sessions before their rosters): the demo's history is some five
 * hundred rows a clinic, and as single statements they made the first start seconds slower.
 * Statements number their placeholders ({@code ?3} may appear twice); a null is sent untyped, for
 * the column to type it.
 */
final class QueuedRows {

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private final Map<String, List<Object[]>> queued = new LinkedHashMap<>();

  void add(String sql, Object... values) {
    queued.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
  }

  /**
   * Sends and forgets the rows, on the caller's connection: the transaction's own, which carries
   * the clinic for row-level security like every other statement of the transaction.
   */
  int send(Connection connection) {
    int sent = 0;
    try {
      for (var statement : queued.entrySet()) {
        String sql = statement.getKey();
        try (var batch = connection.prepareStatement(NUMBERED.matcher(sql).replaceAll("?"))) {
          for (Object[] values : statement.getValue()) {
            bind(batch, sql, values);
            batch.addBatch();
          }
          batch.executeBatch();
          sent += statement.getValue().size();
        }
      }
      return sent;
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the demo's history failed: " + e.getMessage(), e);
    } finally {
      queued.clear();
    }
  }

  private static void bind(PreparedStatement batch, String sql, Object[] values)
      throws SQLException {
    Matcher placeholder = NUMBERED.matcher(sql);
    int position = 0;
    while (placeholder.find()) {
      Object value = values[Integer.parseInt(placeholder.group(1)) - 1];
      position++;
      if (value == null) {
        batch.setNull(position, Types.OTHER);
      } else {
        batch.setObject(position, value);
      }
    }
  }
}
