package org.aftercare.migrations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The change sets this build carries, each with the checksum Liquibase records when it applies it,
 * written by the build into {@value #RESOURCE} ({@link ChangelogIndexWriter}). With it a start and
 * a readiness probe see, in one query, that a database has applied them all, which is what they ask
 * most of the time: Liquibase parsing the changelog and reading its history for that took about a
 * second of every start and a third of one at every probe. A database that lacks a change set, or
 * records one with another checksum, is left to Liquibase, which applies, refuses or reports it as
 * before.
 *
 * <p>The checksums are those of the changelog read with the default application role ({@value
 * Migrator#DEFAULT_APP_ROLE}), which the grants name: migrated for another role, a database never
 * matches, and Liquibase answers every time.
 */
final class ChangelogIndex {

  static final String RESOURCE = "db/changelog-index.txt";

  private static final String APPLIED =
      "SELECT id, author, filename, md5sum FROM databasechangelog";

  /** One line per change set: id, author, file and checksum, tab-separated. */
  private final Set<String> changeSets;

  private ChangelogIndex(Set<String> changeSets) {
    this.changeSets = changeSets;
  }

  /** The index the build put beside the changelog. */
  static ChangelogIndex ofThisBuild() {
    return OfThisBuild.INDEX;
  }

  /** Read once, at the first use. */
  private static final class OfThisBuild {
    static final ChangelogIndex INDEX = read();
  }

  private static ChangelogIndex read() {
    try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the build writes it");
      }
      return new ChangelogIndex(Set.copyOf(new String(in.readAllBytes(), UTF_8).lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + RESOURCE + " failed", e);
    }
  }

  /**
   * Whether the database records every change set of this build with the same checksum; false too
   * when it has no history yet. Change sets it records beyond these (a newer build migrated it) do
   * not count, as they do not for Liquibase.
   */
  boolean allAppliedIn(Connection connection) throws SQLException {
    if (!hasHistory(connection)) {
      return false;
    }
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(APPLIED)) {
      while (rows.next()) {
        applied.add(
            line(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    return applied.containsAll(changeSets);
  }

  private static boolean hasHistory(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL")) {
      return row.next() && row.getBoolean(1);
    }
  }

  static String line(String id, String author, String file, String checksum) {
    return String.join("\t", id, author, file, String.valueOf(checksum));
  }
}
