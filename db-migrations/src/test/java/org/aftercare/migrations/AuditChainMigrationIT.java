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
 * 0005-audit-chain on a database that already holds audit entries: the backfill chains them with
 * the same canonical form the application hashes. The expected hashes are the ones tenant-core's
 * AuditChainTest pins for the same two entries (computed outside Java).
 */
class AuditChainMigrationIT {

  private static final String CLINIC = "3f1e9a52-6c1d-4b8e-9f20-5a7c3e1d2b4f";
  private static final String OTHER_CLINIC = "0b7a3c1e-95d2-4f0a-8e6b-2c4d6f8a0b1c";
  private static final String FIRST_HASH =
      "7b8c69391b6296341168fa9081b19cf75f98e7244bbd38199346380d4d24ac58";
  private static final String SECOND_HASH =
      "594f98c1569f50964439193c974e7c3103ed95ab79f7ce3f82448bbddd2973e5";
  private static final String GENESIS = "0".repeat(64);

  private static EmbeddedDatabase database;

  @BeforeAll
  static void migrateAroundExistingEntries() throws Exception {
    database = EmbeddedDatabase.startThrowaway(Files.createTempDirectory("aftercare-chain-it"));
    Migrator.migrateUpTo(database.owner(), EmbeddedDatabase.APP_ROLE, "0005-audit-chain-columns");
    try (Connection app = database.app().connect()) {
      insertClinic(app, CLINIC);
      insertClinic(app, OTHER_CLINIC);
      actAs(app, CLINIC);
      // Inserted newest first: the backfill must chain by time, not by insertion order.
      insertEntry(
          app,
          "0190f1c2-7b3b-7def-8abc-0123456789ac",
          CLINIC,
          "2026-03-08T09:00:00Z",
          "zoë@riverside.example",
          "CLIENT_VIEWED",
          "DENIED",
          null,
          null);
      insertEntry(
          app,
          "0190f1c2-7b3a-7def-8abc-0123456789ab",
          CLINIC,
          "2026-03-08T08:05:09.123456Z",
          "dana@riverside.example",
          "CLIENT_CREATED",
          "SUCCESS",
          "192.0.2.10",
          "6f1c0b9e-2d4a-4c7e-9b1f-3a5d7e9c1b2d");
      actAs(app, OTHER_CLINIC);
      insertEntry(
          app,
          UUID.randomUUID().toString(),
          OTHER_CLINIC,
          "2026-03-08T07:00:00Z",
          "lee@harbor.example",
          "CLIENT_VIEWED",
          "SUCCESS",
          null,
          null);
    }
    Migrator.migrate(database.owner(), EmbeddedDatabase.APP_ROLE);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void existingEntriesAreChainedPerClinicInTheOrderTheyHappened() throws SQLException {
    try (Connection app = database.app().connect()) {
      actAs(app, CLINIC);

      assertThat(chainOf(app))
          .containsExactly(
              List.of("1", GENESIS, FIRST_HASH), List.of("2", FIRST_HASH, SECOND_HASH));
    }
  }

  @Test
  void anotherClinicsChainStartsAtOneFromTheGenesisValue() throws SQLException {
    try (Connection app = database.app().connect()) {
      actAs(app, OTHER_CLINIC);

      var chain = chainOf(app);

      assertThat(chain).hasSize(1);
      assertThat(chain.getFirst().subList(0, 2)).containsExactly("1", GENESIS);
    }
  }

  @Test
  void aSecondEntryWithTheSameSequenceIsRefused() {
    assertThatThrownBy(
            () -> {
              try (Connection app = database.app().connect()) {
                actAs(app, CLINIC);
                try (var insert =
                    app.prepareStatement(
                        "insert into audit_event (id, tenant_id, occurred_at, actor, action,"
                            + " object_type, outcome, sequence, previous_hash, hash)"
                            + " values (?::uuid, ?::uuid, now(), 'x', 'CLIENT_VIEWED', 'Client',"
                            + " 'SUCCESS', 2, ?, ?)")) {
                  insert.setString(1, UUID.randomUUID().toString());
                  insert.setString(2, CLINIC);
                  insert.setString(3, FIRST_HASH);
                  insert.setString(4, SECOND_HASH);
                  insert.execute();
                }
              }
            })
        .hasMessageContaining("audit_event_tenant_sequence_key");
  }

  private static List<List<String>> chainOf(Connection app) throws SQLException {
    List<List<String>> chain = new ArrayList<>();
    try (var rows =
        app.createStatement()
            .executeQuery(
                "select sequence, previous_hash, hash from audit_event order by sequence")) {
      while (rows.next()) {
        chain.add(List.of(rows.getString(1), rows.getString(2), rows.getString(3)));
      }
    }
    return chain;
  }

  private static void insertClinic(Connection app, String clinic) throws SQLException {
    try (var insert =
        app.prepareStatement(
            "insert into tenant (id, slug, name, time_zone) values (?::uuid, ?, ?, 'UTC')")) {
      insert.setString(1, clinic);
      insert.setString(2, "slug-" + clinic);
      insert.setString(3, "Clinic " + clinic);
      insert.execute();
    }
  }

  private static void insertEntry(
      Connection app,
      String id,
      String clinic,
      String occurredAt,
      String actor,
      String action,
      String outcome,
      String sourceAddress,
      String requestId)
      throws SQLException {
    try (var insert =
        app.prepareStatement(
            "insert into audit_event (id, tenant_id, occurred_at, actor, action, object_type,"
                + " object_id, outcome, source_address, request_id)"
                + " values (?::uuid, ?::uuid, ?::timestamptz, ?, ?, 'Client',"
                + " '0190f1c2-0000-7000-8000-000000000001', ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, clinic);
      insert.setString(3, occurredAt);
      insert.setString(4, actor);
      insert.setString(5, action);
      insert.setString(6, outcome);
      insert.setString(7, sourceAddress);
      insert.setString(8, requestId);
      insert.execute();
    }
  }

  private static void actAs(Connection connection, String clinic) throws SQLException {
    try (var set = connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      set.setString(1, clinic);
      set.execute();
    }
  }
}
