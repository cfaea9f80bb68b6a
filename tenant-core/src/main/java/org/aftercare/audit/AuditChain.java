package org.aftercare.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash chain that makes a clinic's audit trail tamper-evident (HIPAA 164.312(b), and the
 * integrity rule of 164.312(c)(1)): every entry stores the hash of the entry before it and its own
 * hash over its fields, so changing, removing or re-ordering an entry breaks the chain at that
 * point.
 *
 * <p>The hash is the lower-case hex SHA-256 of this canonical form, version 1, in UTF-8:
 *
 * <pre>
 * aftercare-audit-v1
 * id:36:0190f1c2-...
 * tenant_id:36:...
 * sequence:1:7
 * occurred_at:27:2026-03-08T08:05:09.123456Z
 * actor:24:clinician@example.org
 * action:14:CLIENT_CREATED
 * object_type:6:Client
 * object_id:36:...
 * outcome:7:SUCCESS
 * source_address:-
 * request_id:-
 * previous_hash:64:...
 * </pre>
 *
 * One line per field in exactly this order, each {@code name:length:value} followed by {@code \n},
 * where length counts the value's UTF-8 bytes; an absent value is {@code name:-}. The length makes
 * the form unambiguous whatever a value contains. UUIDs are lower case, the sequence is decimal,
 * {@code occurred_at} is UTC with exactly six fraction digits (PostgreSQL keeps microseconds),
 * enums are their names. An entry with sequence 1 chains from {@link #GENESIS_HASH}.
 *
 * <p>Since a key is configured ({@link ChainKey}), new entries use format {@code
 * aftercare-audit-v2}: the same lines under that first line, and HMAC-SHA256 under the key instead
 * of SHA-256, so that database access alone cannot re-hash a changed entry. The entry's {@code
 * hash_kind} says which.
 *
 * <p>The migration that chained the entries written before the chain existed
 * (0005-audit-chain.yaml) builds the same form in SQL; both are pinned to one expected hash by
 * tests.
 */
final class AuditChain {

  static final String GENESIS_HASH = "0".repeat(64);

  static final String FORMAT_VERSION = "aftercare-audit-v1";

  /** The same lines under this first line, hashed with HMAC-SHA256 under the {@link ChainKey}. */
  static final String KEYED_FORMAT_VERSION = "aftercare-audit-v2";

  private static final DateTimeFormatter OCCURRED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  static String canonicalForm(UUID tenantId, AuditEvent event) {
    return canonicalForm(FORMAT_VERSION, tenantId, event);
  }

  private static String canonicalForm(String version, UUID tenantId, AuditEvent event) {
    return new StringBuilder(version)
        .append('\n')
        .append(line("id", event.getId()))
        .append(line("tenant_id", tenantId))
        .append(line("sequence", event.getSequence()))
        .append(line("occurred_at", format(event.getOccurredAt())))
        .append(line("actor", event.getActor()))
        .append(line("action", event.getAction()))
        .append(line("object_type", event.getObjectType()))
        .append(line("object_id", event.getObjectId()))
        .append(line("outcome", event.getOutcome()))
        .append(line("source_address", event.getSourceAddress()))
        .append(line("request_id", event.getRequestId()))
        .append(line("previous_hash", event.getPreviousHash()))
        .toString();
  }

  static String hashOf(String canonicalForm) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalForm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  static String hashOf(UUID tenantId, AuditEvent event) {
    return hashOf(canonicalForm(tenantId, event));
  }

  /** The entry's hash as its kind says: keyed (v2) or plain SHA-256 (v1). */
  static String hashOf(UUID tenantId, AuditEvent event, ChainKey key) {
    return event.getHashKind() == AuditEvent.HashKind.HMAC
        ? key.hmacHex(canonicalForm(KEYED_FORMAT_VERSION, tenantId, event))
        : hashOf(tenantId, event);
  }

  private static String line(String name, Object value) {
    if (value == null) {
      return name + ":-\n";
    }
    String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
    return name + ':' + text.getBytes(StandardCharsets.UTF_8).length + ':' + text + '\n';
  }

  private static String format(Instant instant) {
    return instant == null ? null : OCCURRED_AT.format(instant);
  }
}
