package org.aftercare.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database layer of isolation on its own, as the application role with no application code in
 * between: what a forgotten filter or a hand-written query would see.
 */
class RowLevelSecurityIT {

  private static EmbeddedDatabase database;
  private static final UUID CLINIC_A = UUID.randomUUID();
  private static final UUID CLINIC_B = UUID.randomUUID();

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    database = EmbeddedDatabase.startThrowaway(Files.createTempDirectory("aftercare-rls-it"));
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
    try (Connection app = database.app().connect()) {
      for (UUID clinic : List.of(CLINIC_A, CLINIC_B)) {
        execute(
            app,
            "insert into tenant (id, slug, name, time_zone) values (?::uuid, ?, ?, 'UTC')",
            clinic,
            "slug-" + clinic,
            "Clinic " + clinic);
        actAs(app, clinic);
        insertClient(app, clinic);
      }
    }
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void everyTableWithATenantColumnHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
    try (Connection owner = database.owner().connect();
        var rows =
            owner
                .createStatement()
                .executeQuery(
                    """
                    select c.relname
                      from pg_class c
                      join pg_namespace n on n.oid = c.relnamespace
                      join information_schema.columns col
                        on col.table_schema = n.nspname and col.table_name = c.relname
                     where n.nspname = 'public' and c.relkind = 'r' and col.column_name = 'tenant_id'
                       and not (c.relrowsecurity and c.relforcerowsecurity
                                and exists (select 1 from pg_policy p where p.polrelid = c.oid))
                    """)) {
      List<String> unprotected = new ArrayList<>();
      while (rows.next()) {
        unprotected.add(rows.getString(1));
      }
      assertThat(unprotected).as("tenant-owned tables without enabled+forced RLS").isEmpty();
    }
  }

  @Test
  void catalogCheckSeesTenantTables() throws SQLException {
    try (Connection owner = database.owner().connect();
        var rows =
            owner
                .createStatement()
                .executeQuery(
                    "select count(*) from information_schema.columns"
                        + " where table_schema = 'public' and column_name = 'tenant_id'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("tables the catalog check covers").isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void anotherClinicsIdSeesNoneOfItsRows() throws SQLException {
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_B);

      assertThat(count(app, "select count(*) from client where tenant_id = ?::uuid", CLINIC_A))
          .isZero();
      assertThat(count(app, "select count(*) from client")).isEqualTo(1);
    }
  }

  @Test
  void noClinicSetSeesNothingAndWritesNothing() throws SQLException {
    try (Connection app = database.app().connect()) {
      assertThat(count(app, "select count(*) from client")).isZero();
      assertThatThrownBy(() -> insertClient(app, CLINIC_A))
          .hasMessageContaining("row-level security");
    }
  }

  @Test
  void cannotWriteRowsForAnotherClinic() throws SQLException {
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_A);

      assertThatThrownBy(() -> insertClient(app, CLINIC_B))
          .hasMessageContaining("row-level security");
      try (var update =
          app.prepareStatement("update client set display_name = 'Y' where tenant_id = ?::uuid")) {
        update.setString(1, CLINIC_B.toString());
        assertThat(update.executeUpdate()).isZero();
      }
    }
  }

  private static void insertClient(Connection connection, UUID clinic) throws SQLException {
    execute(
        connection,
        "insert into client (id, tenant_id, display_name, legal_name)"
            + " values (?::uuid, ?::uuid, 'R.', 'R Example')",
        UUID.randomUUID(),
        clinic);
  }

  private static void actAs(Connection connection, UUID clinic) throws SQLException {
    execute(connection, "select set_config('app.tenant_id', ?, false)", clinic);
  }

  private static long count(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i].toString());
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void execute(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i].toString());
      }
      statement.execute();
    }
  }
}
