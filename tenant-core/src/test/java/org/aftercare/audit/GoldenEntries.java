package org.aftercare.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Two fixed audit entries whose hashes were computed outside Java (Python's hashlib over the
 * documented canonical form). db-migrations' AuditChainMigrationIT expects the same two hashes from
 * the SQL backfill.
 */
final class GoldenEntries {

  static final UUID TENANT = UUID.fromString("3f1e9a52-6c1d-4b8e-9f20-5a7c3e1d2b4f");
  static final String FIRST_HASH =
      "7b8c69391b6296341168fa9081b19cf75f98e7244bbd38199346380d4d24ac58";
  static final String SECOND_HASH =
      "594f98c1569f50964439193c974e7c3103ed95ab79f7ce3f82448bbddd2973e5";

  private GoldenEntries() {}

  /** Sequence 1, chained from the genesis value, every field present. */
  static AuditEvent first() {
    var event =
        new AuditEvent(
            UUID.fromString("0190f1c2-7b3a-7def-8abc-0123456789ab"),
            Instant.parse("2026-03-08T08:05:09.123456Z"),
            "dana@riverside.example",
            AuditAction.CLIENT_CREATED,
            "Client",
            "0190f1c2-0000-7000-8000-000000000001",
            AuditOutcome.SUCCESS,
            "192.0.2.10",
            "6f1c0b9e-2d4a-4c7e-9b1f-3a5d7e9c1b2d");
    event.link(TENANT, 1, AuditChain.GENESIS_HASH, ChainKey.NONE);
    return event;
  }

  /** Sequence 2 after {@link #first()}: a non-ASCII actor, no source address or request id. */
  static AuditEvent second() {
    var event =
        new AuditEvent(
            UUID.fromString("0190f1c2-7b3b-7def-8abc-0123456789ac"),
            Instant.parse("2026-03-08T09:00:00Z"),
            "zoë@riverside.example",
            AuditAction.CLIENT_VIEWED,
            "Client",
            "0190f1c2-0000-7000-8000-000000000001",
            AuditOutcome.DENIED,
            null,
            null);
    event.link(TENANT, 2, FIRST_HASH, ChainKey.NONE);
    return event;
  }

  /** A valid chain of {@code length} entries for {@link #TENANT}. */
  static List<AuditEvent> chainOf(int length) {
    return chainOf(length, ChainKey.NONE);
  }

  /** A valid chain of {@code length} entries for {@link #TENANT}, hashed under {@code key}. */
  static List<AuditEvent> chainOf(int length, ChainKey key) {
    List<AuditEvent> chain = new ArrayList<>();
    String previous = AuditChain.GENESIS_HASH;
    for (int sequence = 1; sequence <= length; sequence++) {
      var event =
          new AuditEvent(
              UUID.randomUUID(),
              Instant.parse("2026-03-08T08:00:00Z").plusSeconds(sequence),
              "dana@riverside.example",
              AuditAction.CLIENT_VIEWED,
              "Client",
              UUID.randomUUID().toString(),
              AuditOutcome.SUCCESS,
              "192.0.2.10",
              null);
      event.link(TENANT, sequence, previous, key);
      previous = event.getHash();
      chain.add(event);
    }
    return chain;
  }
}
