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

  /** The clinic's own row is the only one the application may change. */
  @Test
  void aClinicChangesOnlyItsOwnRowOfTheClinicTable() throws SQLException {
    try (Connection app = database.app().connect()) {
      String rename = "update tenant set welcome_text = 'changed' where id = ?::uuid";
      assertThat(updated(app, rename, CLINIC_A)).as("no clinic entered").isZero();

      actAs(app, CLINIC_B);
      assertThat(updated(app, rename, CLINIC_A)).as("from another clinic").isZero();
      assertThat(count(app, "select count(*) from tenant"))
          .as("the directory stays readable")
          .isGreaterThanOrEqualTo(2);

      actAs(app, CLINIC_A);
      assertThat(updated(app, rename, CLINIC_A)).isEqualTo(1);
    }
  }

  /** Outside any clinic, only a clinic's status changes, and only through the one function. */
  @Test
  void theOperatorsNarrowPathChangesAClinicsStatusAndNothingElse() throws SQLException {
    try (Connection app = database.app().connect()) {
      String change = "select aftercare_change_clinic_status(?::uuid, ?, 'test', now())";
      assertThat(count(app, change, CLINIC_B, "SUSPENDED")).isEqualTo(1);
      assertThat(
              count(
                  app,
                  "select count(*) from tenant where status = 'SUSPENDED' and id = ?::uuid",
                  CLINIC_B))
          .isEqualTo(1);
      assertThat(count(app, change, CLINIC_B, "ACTIVE")).isEqualTo(1);
      assertThatThrownBy(() -> count(app, change, CLINIC_B, "DELETED"))
          .hasMessageContaining("unknown clinic status");
    }
  }

  /** A new clinic starts active and empty: its counters cannot be planted. */
  @Test
  void aNewClinicStartsActiveAndEmpty() throws SQLException {
    try (Connection app = database.app().connect()) {
      UUID planted = UUID.randomUUID();
      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into tenant (id, slug, name, time_zone, status)"
                          + " values (?::uuid, ?, 'Planted', 'UTC', 'SUSPENDED')",
                      planted,
                      "planted-" + planted))
          .hasMessageContaining("row-level security");
      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into tenant (id, slug, name, time_zone, client_count)"
                          + " values (?::uuid, ?, 'Planted', 'UTC', 5)",
                      planted,
                      "planted-" + planted))
          .hasMessageContaining("row-level security");
    }
  }

  /** A row of one clinic cannot point at another clinic's client or account, RLS or not. */
  @Test
  void aRowCannotReferToAnotherClinicsClientOrAccount() throws SQLException {
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_B);
      String clientOfB;
      try (var rows = app.createStatement().executeQuery("select id from client limit 1")) {
        rows.next();
        clientOfB = rows.getString(1);
      }
      actAs(app, CLINIC_A);

      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into support_alert (id, tenant_id, client_id, raised_at)"
                          + " values (?::uuid, ?::uuid, ?::uuid, now())",
                      UUID.randomUUID(),
                      CLINIC_A,
                      clientOfB))
          .hasMessageContaining("foreign key");
    }
    try (Connection owner = database.owner().connect()) {
      assertThat(
              count(
                  owner,
                  "select count(*) from pg_constraint c where c.contype = 'f'"
                      + " and c.confrelid in ('client'::regclass, 'account'::regclass)"
                      + " and array_length(c.conkey, 1) = 1"))
          .as("single-column keys to clients or accounts")
          .isZero();
    }
  }

  /** The live-session safety records: a removal and a concern stay in their own clinic. */
  @Test
  void sessionRemovalsAndConcernsAreUnderForcedRowLevelSecurity() throws SQLException {
    try (Connection owner = database.owner().connect()) {
      assertThat(
              count(
                  owner,
                  "select count(*) from pg_class c where c.relname in"
                      + " ('session_removal', 'session_concern')"
                      + " and c.relrowsecurity and c.relforcerowsecurity"
                      + " and exists (select 1 from pg_policy p where p.polrelid = c.oid)"))
          .isEqualTo(2);
    }
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_B);
      assertThat(
              count(
                  app, "select count(*) from session_concern where tenant_id = ?::uuid", CLINIC_A))
          .isZero();
      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into session_concern (id, tenant_id, session_id, client_id, body,"
                          + " reported_at) values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'x', now())",
                      UUID.randomUUID(),
                      CLINIC_A,
                      UUID.randomUUID(),
                      UUID.randomUUID()))
          .hasMessageContaining("row-level security");
    }
  }

  /**
   * The library's tables — resources, their files, assignments, worksheet fields, clients' answers
   * — stay in their own clinic: B neither reads A's file bytes nor stores a file as A.
   */
  @Test
  void theLibraryAndWorksheetAnswersAreUnderForcedRowLevelSecurity() throws SQLException {
    try (Connection owner = database.owner().connect()) {
      assertThat(
              count(
                  owner,
                  "select count(*) from pg_class c where c.relname in"
                      + " ('library_resource', 'library_file', 'resource_assignment',"
                      + " 'worksheet_field', 'worksheet_response', 'worksheet_answer')"
                      + " and c.relrowsecurity and c.relforcerowsecurity"
                      + " and exists (select 1 from pg_policy p where p.polrelid = c.oid)"))
          .isEqualTo(6);
    }
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_B);
      assertThat(
              count(app, "select count(*) from library_file where tenant_id = ?::uuid", CLINIC_A))
          .isZero();
      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into library_file (tenant_id, resource_id, content)"
                          + " values (?::uuid, ?::uuid, decode('255044462d', 'hex'))",
                      CLINIC_A,
                      UUID.randomUUID()))
          .hasMessageContaining("row-level security");
    }
  }

  /**
   * The outcome tallies (changelog 0048) are written by triggers as whoever writes the attendance
   * or check-in — here the application login with clinic A set — so their upserts must pass the
   * policy; clinic B then reads none of them and cannot write one as A.
   */
  @Test
  void outcomeTalliesAreWrittenAsTheAppLoginAndStayInTheirClinic() throws SQLException {
    try (Connection owner = database.owner().connect()) {
      assertThat(
              count(
                  owner,
                  "select count(*) from pg_class c where c.relname in"
                      + " ('session_attendance_tally', 'attendance_week_tally',"
                      + " 'check_in_week_tally')"
                      + " and c.relrowsecurity and c.relforcerowsecurity"
                      + " and exists (select 1 from pg_policy p where p.polrelid = c.oid)"))
          .isEqualTo(3);
    }
    UUID client = UUID.randomUUID();
    UUID group = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC_A);
      execute(
          app,
          "insert into client (id, tenant_id, display_name, legal_name)"
              + " values (?::uuid, ?::uuid, 'T.', 'T Example')",
          client,
          CLINIC_A);
      execute(
          app,
          "insert into recovery_group (id, tenant_id, name, modality, capacity, enrolment,"
              + " recurrence_rule, first_day, start_time, duration_minutes, time_zone)"
              + " values (?::uuid, ?::uuid, 'Tallies', 'TWELVE_STEP', 12, 'OPEN',"
              + " 'FREQ=WEEKLY', current_date - 30, '18:00', 60, 'UTC')",
          group,
          CLINIC_A);
      execute(
          app,
          "insert into group_session (id, tenant_id, group_id, occurrence, starts_at, ends_at)"
              + " values (?::uuid, ?::uuid, ?::uuid, now() - interval '2 days',"
              + " now() - interval '2 days', now() - interval '2 days' + interval '1 hour')",
          session,
          CLINIC_A,
          group);
      execute(
          app,
          "insert into enrollment (id, tenant_id, group_id, client_id, status, requested_at,"
              + " enrolled_at) values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'ENROLLED',"
              + " now() - interval '20 days', now() - interval '20 days')",
          UUID.randomUUID(),
          CLINIC_A,
          group,
          client);
      execute(
          app,
          "insert into attendance (id, tenant_id, session_id, client_id, status, recorded_at)"
              + " values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'PRESENT', now())",
          UUID.randomUUID(),
          CLINIC_A,
          session,
          client);
      execute(
          app,
          "insert into daily_check_in (id, tenant_id, client_id, day, mood, craving, used,"
              + " created_at) values (?::uuid, ?::uuid, ?::uuid, current_date, 3, 1, false, now())",
          UUID.randomUUID(),
          CLINIC_A,
          client);

      assertThat(
              count(
                  app,
                  "select attended from session_attendance_tally where session_id = ?::uuid",
                  session))
          .isEqualTo(1);
      assertThat(
              count(
                  app,
                  "select attended from attendance_week_tally where client_id = ?::uuid",
                  client))
          .isEqualTo(1);
      assertThat(
              count(
                  app,
                  "select count(*) from check_in_week_tally where client_id = ?::uuid",
                  client))
          .isEqualTo(1);

      actAs(app, CLINIC_B);
      for (String table :
          List.of("session_attendance_tally", "attendance_week_tally", "check_in_week_tally")) {
        assertThat(
                count(
                    app, "select count(*) from " + table + " where tenant_id = ?::uuid", CLINIC_A))
            .as(table)
            .isZero();
      }
      assertThatThrownBy(
              () ->
                  execute(
                      app,
                      "insert into check_in_week_tally (tenant_id, client_id, week, days)"
                          + " values (?::uuid, ?::uuid, current_date, 1)",
                      CLINIC_A,
                      client))
          .hasMessageContaining("row-level security");
    }
  }

  private static int updated(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i].toString());
      }
      return statement.executeUpdate();
    }
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
