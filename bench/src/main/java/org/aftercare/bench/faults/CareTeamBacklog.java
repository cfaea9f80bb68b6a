package org.aftercare.bench.faults;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.aftercare.migrations.DatabaseLogin;

/**
 * The demo clinic's side of the fault runs, written as the schema owner with the clinic set (forced
 * row-level security applies to the owner too): an HL7 v2 connection to the loopback engine, one
 * care-team recipient with a paper consent per client, adherence summaries queued in the outbox as
 * the portal queues them (status QUEUED, due now, the payload the relay reads back), and a REST API
 * client with a token. Reads what became of the queued messages.
 */
final class CareTeamBacklog {

  private static final String NOTICE =
      "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

  private record Recipient(UUID id, UUID client, UUID consent, String mrn) {}

  private final DatabaseLogin owner;
  private final UUID clinic;
  private final String clinicName;
  private final UUID endpoint;
  private final List<Recipient> recipients;

  private CareTeamBacklog(
      DatabaseLogin owner,
      UUID clinic,
      String clinicName,
      UUID endpoint,
      List<Recipient> recipients) {
    this.owner = owner;
    this.clinic = clinic;
    this.clinicName = clinicName;
    this.endpoint = endpoint;
    this.recipients = recipients;
  }

  /** The demo clinic {@code slug}, connected to the engine on {@code port}. */
  static CareTeamBacklog connect(DatabaseLogin owner, String slug, int port) throws SQLException {
    try (Connection sql = open(owner, null)) {
      UUID clinic;
      String name;
      try (var select = sql.prepareStatement("select id, name from tenant where slug = ?")) {
        select.setString(1, slug);
        var row = select.executeQuery();
        row.next();
        clinic = row.getObject(1, UUID.class);
        name = row.getString(2);
      }
      setClinic(sql, clinic);
      UUID endpoint = UUID.randomUUID();
      update(
          sql,
          "insert into care_team_endpoint (id, tenant_id, name, kind, host, port, created_at)"
              + " values (?, ?, ?, 'HL7V2', '127.0.0.1', ?, now())",
          endpoint,
          clinic,
          "Fault bench engine " + endpoint.toString().substring(0, 8),
          port);
      var recipients = new ArrayList<Recipient>();
      var clients = new ArrayList<UUID>();
      try (var select =
          sql.prepareStatement("select id from client where tenant_id = ? order by id")) {
        select.setObject(1, clinic);
        var rows = select.executeQuery();
        while (rows.next()) {
          clients.add(rows.getObject(1, UUID.class));
        }
      }
      for (UUID client : clients) {
        var recipient =
            new Recipient(UUID.randomUUID(), client, UUID.randomUUID(), "MRN-" + recipients.size());
        update(
            sql,
            "insert into care_team_recipient (id, tenant_id, client_id, endpoint_id, name,"
                + " patient_mrn, cadence, created_at) values (?, ?, ?, ?, 'Bench engine', ?,"
                + " 'ON_REQUEST', now())",
            recipient.id(),
            clinic,
            client,
            endpoint,
            recipient.mrn());
        update(
            sql,
            "insert into consent (id, tenant_id, client_id, recipient_id, purpose, shared_data,"
                + " starts_on, given_how, signature, signed_text, given_at) values (?, ?, ?, ?,"
                + " 'TREATMENT', 'ATTENDANCE', current_date - 1, 'PAPER', 'Fault bench',"
                + " 'Paper consent recorded by the fault bench.', now())",
            recipient.consent(),
            clinic,
            client,
            recipient.id());
        recipients.add(recipient);
      }
      return new CareTeamBacklog(owner, clinic, name, endpoint, List.copyOf(recipients));
    }
  }

  /** Queues {@code count} summaries, due now, round the recipients; returns their ids. */
  List<UUID> queue(int count) throws SQLException {
    var ids = new ArrayList<UUID>();
    LocalDate to = LocalDate.now().minusDays(1);
    try (Connection sql = open(owner, clinic)) {
      sql.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        Recipient recipient = recipients.get(i % recipients.size());
        UUID id = UUID.randomUUID();
        update(
            sql,
            "insert into outbox_message (id, tenant_id, kind, endpoint_id, recipient_id,"
                + " client_id, consent_id, shared_data, period_from, period_to, payload, status,"
                + " next_attempt_at, created_at) values (?, ?, 'HL7V2', ?, ?, ?, ?, 'ATTENDANCE',"
                + " ?, ?, ?, 'QUEUED', now(), now())",
            id,
            clinic,
            endpoint,
            recipient.id(),
            recipient.client(),
            recipient.consent(),
            java.sql.Date.valueOf(to.minusDays(6)),
            java.sql.Date.valueOf(to),
            payload(id, recipient, to));
        ids.add(id);
      }
      sql.commit();
    }
    return ids;
  }

  /** Each message's status (QUEUED, DELIVERED, DEAD, CANCELLED). */
  Map<UUID, String> statuses(List<UUID> ids) throws SQLException {
    var statuses = new HashMap<UUID, String>();
    try (Connection sql = open(owner, clinic);
        var select =
            sql.prepareStatement("select id, status from outbox_message where id = any (?)")) {
      select.setArray(1, sql.createArrayOf("uuid", ids.toArray()));
      var rows = select.executeQuery();
      while (rows.next()) {
        statuses.put(rows.getObject(1, UUID.class), rows.getString(2));
      }
    }
    return statuses;
  }

  /** "status, attempts, last error: count" over the messages, for a line of figures. */
  String outcomes(List<UUID> ids) throws SQLException {
    var lines = new ArrayList<String>();
    try (Connection sql = open(owner, clinic);
        var select =
            sql.prepareStatement(
                "select status, attempts, coalesce(last_error, '-'), count(*) from outbox_message"
                    + " where id = any (?) group by 1, 2, 3 order by 1, 2, 3")) {
      select.setArray(1, sql.createArrayOf("uuid", ids.toArray()));
      var rows = select.executeQuery();
      while (rows.next()) {
        lines.add(
            "%s after %d attempt(s) (%s): %d"
                .formatted(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getInt(4)));
      }
    }
    return String.join("; ", lines);
  }

  /** The REST API's bearer token for a new client of the clinic holding {@code scopes}. */
  String apiToken(String scopes) throws SQLException {
    String token = "fault-bench-" + UUID.randomUUID();
    UUID client = UUID.randomUUID();
    try (Connection sql = open(owner, clinic)) {
      update(
          sql,
          "insert into api_client (id, tenant_id, name, organisation, jwks, scopes, created_at)"
              + " values (?, ?, ?, 'Fault bench', '{\"keys\":[]}', ?, now())",
          client,
          clinic,
          "Fault bench " + client.toString().substring(0, 8),
          scopes);
      update(
          sql,
          "insert into api_access_token (token_hash, tenant_id, api_client_id, scopes, issued_at,"
              + " expires_at) values (?, ?, ?, ?, now(), now() + interval '1 day')",
          sha256(token),
          clinic,
          client,
          scopes);
    }
    return token;
  }

  /** Sessions that have begun and were not cancelled, newest first: their rosters are open. */
  List<UUID> heldSessions() throws SQLException {
    var sessions = new ArrayList<UUID>();
    try (Connection sql = open(owner, clinic);
        var select =
            sql.prepareStatement(
                "select id from group_session where tenant_id = ? and starts_at < now()"
                    + " and status <> 'CANCELLED' order by starts_at desc limit 40")) {
      select.setObject(1, clinic);
      var rows = select.executeQuery();
      while (rows.next()) {
        sessions.add(rows.getObject(1, UUID.class));
      }
    }
    return sessions;
  }

  /** "status version" of each attendance line of the session, by client. */
  Map<UUID, String> attendanceOf(UUID session) throws SQLException {
    var lines = new HashMap<UUID, String>();
    try (Connection sql = open(owner, clinic);
        var select =
            sql.prepareStatement(
                "select client_id, status, version from attendance where session_id = ?")) {
      select.setObject(1, session);
      var rows = select.executeQuery();
      while (rows.next()) {
        lines.put(rows.getObject(1, UUID.class), rows.getString(2) + " " + rows.getLong(3));
      }
    }
    return lines;
  }

  /** MSH-10 as the portal writes it: the message id's first 80 bits in hex. */
  static String controlId(UUID messageId) {
    return messageId.toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
  }

  /** The JSON the outbox row holds: the fields {@code SummaryPayloads} writes and reads. */
  private String payload(UUID id, Recipient recipient, LocalDate to) {
    return """
        {"clinicId":"%s","clinicName":"%s","consentId":"%s","figures":{"attendanceRate":0.75,\
        "currentStreak":1,"from":"%s","longestStreak":3,"sessionsAttended":3,\
        "sessionsExcused":0,"sessionsMissed":1,"sessionsScheduled":4,"to":"%s"},\
        "measures":[],"messageId":"%s","notice":"%s","patientMrn":"%s",\
        "recipientName":"Bench engine","scope":"ATTENDANCE","writtenAt":"%s"}"""
        .formatted(
            clinic,
            clinicName,
            recipient.consent(),
            to.minusDays(6),
            to,
            id,
            NOTICE,
            recipient.mrn(),
            Instant.now());
  }

  private static Connection open(DatabaseLogin login, UUID clinic) throws SQLException {
    Connection sql = DriverManager.getConnection(login.url(), login.user(), login.password());
    if (clinic != null) {
      setClinic(sql, clinic);
    }
    return sql;
  }

  private static void setClinic(Connection sql, UUID clinic) throws SQLException {
    try (var set = sql.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      set.setString(1, clinic.toString());
      set.executeQuery();
    }
  }

  private static void update(Connection sql, String statement, Object... values)
      throws SQLException {
    try (PreparedStatement update = sql.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
