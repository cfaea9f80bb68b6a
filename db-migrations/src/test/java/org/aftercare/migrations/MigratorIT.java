package org.aftercare.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MigratorIT {

  private static EmbeddedDatabase database;

  @BeforeAll
  static void startDatabase() throws Exception {
    database = EmbeddedDatabase.start(Files.createTempDirectory("aftercare-migrator-it"), true);
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @Test
  void migratesAnEmptyDatabaseAndAgainWithoutChangeLeavingNothingPending() throws SQLException {
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);

    try (Connection app = database.app().connect()) {
      assertThat(Migrator.pendingChangeSets(app)).isEmpty();
    }
  }

  @Test
  void applicationRoleCannotChangeTheAuditTrailOrTheSchema() throws SQLException {
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);

    try (Connection app = database.app().connect();
        var sql = app.createStatement()) {
      assertThatThrownBy(() -> sql.execute("delete from audit_event"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.execute("update audit_event set actor = 'someone'"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.execute("drop table client"))
          .hasMessageContaining("must be owner");
    }
  }

  @Test
  void startingAgainOnTheSameFolderKeepsTheData() throws Exception {
    var folder = Files.createTempDirectory("aftercare-restart-it");
    try (var first = EmbeddedDatabase.start(folder, true)) {
      Migrator.migrate(first.owner(), EmbeddedDatabase.APP_ROLE);
    }

    try (var second = EmbeddedDatabase.start(folder, true);
        Connection owner = second.owner().connect();
        var rows = owner.createStatement().executeQuery("select count(*) from databasechangelog")) {
      rows.next();
      assertThat(rows.getInt(1)).isPositive();
    }
  }

  /**
   * The launcher closes the owner's login once the portal has migrated; the next start reopens it.
   */
  @Test
  void theOwnersLoginIsClosedAfterMigratingAndOpenAgainAtTheNextStart() throws Exception {
    var folder = Files.createTempDirectory("aftercare-owner-login-it");
    try (var first = EmbeddedDatabase.start(folder, true)) {
      Migrator.migrate(first.owner(), EmbeddedDatabase.APP_ROLE);
      first.closeOwnerLogin();

      assertThatThrownBy(() -> first.owner().connect().close())
          .hasMessageContaining("not permitted to log in");
      try (Connection app = first.app().connect()) {
        assertThat(Migrator.pendingChangeSets(app)).isEmpty();
      }
    }

    try (var second = EmbeddedDatabase.start(folder, true);
        Connection owner = second.owner().connect()) {
      assertThat(owner.isValid(5)).isTrue();
    }
  }

  /** The portal's embedded server keeps a commit through a power cut; a test run's need not. */
  @Test
  void portalsEmbeddedServerIsDurableAndOnlyAThrowawayOneIsNot() throws Exception {
    try (var throwaway =
        EmbeddedDatabase.startThrowaway(Files.createTempDirectory("aftercare-throwaway-it"))) {
      assertThat(settings(database)).containsExactly("on", "on");
      assertThat(settings(throwaway)).containsExactly("off", "off");
    }
  }

  private static List<String> settings(EmbeddedDatabase server) throws SQLException {
    try (Connection app = server.app().connect();
        var sql = app.createStatement()) {
      var values = new ArrayList<String>();
      for (String setting : List.of("fsync", "synchronous_commit")) {
        try (var rows = sql.executeQuery("show " + setting)) {
          rows.next();
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  /** The portal refuses to run on a login to which row-level security may not apply. */
  @Test
  void onlyTheApplicationRoleMayRunThePortal() throws SQLException {
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);

    try (Connection app = database.app().connect();
        Connection owner = database.owner().connect()) {
      assertThat(AppLoginCheck.reasonsToRefuse(app)).isEmpty();
      assertThat(AppLoginCheck.reasonsToRefuse(owner))
          .singleElement()
          .asString()
          .startsWith("it owns tables");
    }
  }
}
