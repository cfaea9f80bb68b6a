package org.aftercare.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's index stands for Liquibase only where Liquibase would find nothing to do: every other
 * database is still Liquibase's to migrate, refuse or report.
 */
class ChangelogIndexIT {

  private final ChangelogIndex index = ChangelogIndex.ofThisBuild();

  @Test
  void aDatabaseLiquibaseMigratedHasAppliedEveryChangeSetOfTheIndex(@TempDir Path folder)
      throws SQLException {
    try (var database = EmbeddedDatabase.startThrowaway(folder)) {
      try (Connection app = database.app().connect()) {
        assertThat(index.allAppliedIn(app)).as("before any migration").isFalse();
      }

      Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);

      try (Connection app = database.app().connect()) {
        assertThat(index.allAppliedIn(app)).isTrue();
      }
    }
  }

  /** What Liquibase logs as it reads a database's history is the trace of its having run. */
  @Test
  void aCurrentSchemaIsNotHandedToLiquibase(@TempDir Path folder) throws SQLException {
    try (var database = EmbeddedDatabase.startThrowaway(folder)) {
      Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
      var liquibaseLog = new ArrayList<String>();
      var recorder =
          new Handler() {
            @Override
            public void publish(LogRecord entry) {
              liquibaseLog.add(entry.getLoggerName() + ": " + entry.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      Logger liquibase = Logger.getLogger("liquibase");
      liquibase.addHandler(recorder);
      try (Connection app = database.app().connect()) {
        Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
        assertThat(Migrator.pendingChangeSets(app)).isEmpty();
      } finally {
        liquibase.removeHandler(recorder);
      }

      assertThat(liquibaseLog).isEmpty();
    }
  }

  /** Its grants name the role: a schema migrated for the default one is Liquibase's to judge. */
  @Test
  void anotherApplicationRoleIsLeftToLiquibase(@TempDir Path folder) throws SQLException {
    try (var database = EmbeddedDatabase.startThrowaway(folder)) {
      Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);

      assertThatThrownBy(() -> Migrator.migrate(database.owner(), "another_app"))
          .isInstanceOf(MigrationException.class);
    }
  }

  @Test
  void aChangeSetTheDatabaseLacksIsLeftToLiquibase(@TempDir Path folder) throws SQLException {
    try (var database = EmbeddedDatabase.startThrowaway(folder)) {
      Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
      String last = forgetTheLastChangeSet(database);

      try (Connection app = database.app().connect()) {
        assertThat(index.allAppliedIn(app)).isFalse();
        assertThat(Migrator.pendingChangeSets(app)).containsExactly(last);
      }
    }
  }

  /** Liquibase refuses a change set edited after it landed; the index must not hide one. */
  @Test
  void aChangeSetRecordedWithAnotherChecksumIsLeftToLiquibaseWhichRefusesIt(@TempDir Path folder)
      throws SQLException {
    try (var database = EmbeddedDatabase.startThrowaway(folder)) {
      Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
      try (Connection owner = database.owner().connect();
          var sql = owner.createStatement()) {
        sql.executeUpdate(
            "update databasechangelog set md5sum = '9:00000000000000000000000000000000'"
                + " where id = '0002-account-table'");
      }

      try (Connection app = database.app().connect()) {
        assertThat(index.allAppliedIn(app)).isFalse();
      }
      assertThatThrownBy(() -> Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("0002-account-table");
    }
  }

  private static String forgetTheLastChangeSet(EmbeddedDatabase database) throws SQLException {
    try (Connection owner = database.owner().connect();
        var sql = owner.createStatement();
        var rows =
            sql.executeQuery(
                "delete from databasechangelog where orderexecuted ="
                    + " (select max(orderexecuted) from databasechangelog) returning id")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
