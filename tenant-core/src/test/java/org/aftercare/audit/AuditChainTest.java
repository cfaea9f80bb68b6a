package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  @Test
  void canonicalFormIsTheDocumentedOne() {
    String form = AuditChain.canonicalForm(GoldenEntries.TENANT, GoldenEntries.first());

    assertThat(form)
        .isEqualTo(
            """
            aftercare-audit-v1
            id:36:0190f1c2-7b3a-7def-8abc-0123456789ab
            tenant_id:36:3f1e9a52-6c1d-4b8e-9f20-5a7c3e1d2b4f
            sequence:1:1
            occurred_at:27:2026-03-08T08:05:09.123456Z
            actor:22:dana@riverside.example
            action:14:CLIENT_CREATED
            object_type:6:Client
            object_id:36:0190f1c2-0000-7000-8000-000000000001
            outcome:7:SUCCESS
            source_address:10:192.0.2.10
            request_id:36:6f1c0b9e-2d4a-4c7e-9b1f-3a5d7e9c1b2d
            previous_hash:64:0000000000000000000000000000000000000000000000000000000000000000
            """);
  }

  @Test
  void fixedEntriesHashToFixedHex() {
    assertThat(GoldenEntries.first().getHash()).isEqualTo(GoldenEntries.FIRST_HASH);
    assertThat(GoldenEntries.second().getHash()).isEqualTo(GoldenEntries.SECOND_HASH);
  }

  @Test
  void lengthsCountUtf8BytesAndAbsentValuesAreMarked() {
    String form = AuditChain.canonicalForm(GoldenEntries.TENANT, GoldenEntries.second());

    assertThat(form)
        .contains("actor:22:zoë@riverside.example\n")
        .contains("occurred_at:27:2026-03-08T09:00:00.000000Z\n")
        .contains("source_address:-\n")
        .contains("request_id:-\n");
  }

  @Test
  void anAbsentValueAndAnEmptyOneHashDifferently() {
    assertThat(hashOf(entryFrom(null, null))).isNotEqualTo(hashOf(entryFrom("", null)));
  }

  @Test
  void aLineBreakInsideAValueCannotPassForTheNextField() {
    String forged = hashOf(entryFrom("192.0.2.10\nrequest_id:1:x", null));
    String genuine = hashOf(entryFrom("192.0.2.10", "x"));

    assertThat(forged).isNotEqualTo(genuine);
  }

  @Test
  void theClinicIsPartOfTheHash() {
    var event = GoldenEntries.first();

    assertThat(AuditChain.hashOf(UUID.randomUUID(), event)).isNotEqualTo(event.getHash());
    assertThat(event.isHashIntact(GoldenEntries.TENANT, ChainKey.NONE)).isTrue();
  }

  @Test
  void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
    var event =
        new AuditEvent(
            UUID.randomUUID(),
            Instant.parse("2026-03-08T08:05:09.123456789Z"),
            "a",
            AuditAction.CLIENT_VIEWED,
            "Client",
            null,
            AuditOutcome.SUCCESS,
            null,
            null);

    assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-03-08T08:05:09.123456Z"));
  }

  private static String hashOf(AuditEvent event) {
    event.link(GoldenEntries.TENANT, 1, AuditChain.GENESIS_HASH, ChainKey.NONE);
    return event.getHash();
  }

  private static AuditEvent entryFrom(String sourceAddress, String requestId) {
    return new AuditEvent(
        UUID.fromString("0190f1c2-7b3a-7def-8abc-0123456789ab"),
        Instant.parse("2026-03-08T08:05:09Z"),
        "dana@riverside.example",
        AuditAction.CLIENT_VIEWED,
        "Client",
        null,
        AuditOutcome.SUCCESS,
        sourceAddress,
        requestId);
  }
}
