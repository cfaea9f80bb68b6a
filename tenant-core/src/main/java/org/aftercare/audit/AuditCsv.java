package org.aftercare.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit trail's columns as CSV (written by {@link org.aftercare.shared.CsvFile}). Times are in
 * the clinic's zone with their offset; the hashes are included so that an auditor can check an
 * export against the chain.
 */
final class AuditCsv {

  static final String[] HEADER = {
    "sequence",
    "occurred_at",
    "actor",
    "action",
    "object_type",
    "object_id",
    "outcome",
    "source_address",
    "request_id",
    "previous_hash",
    "hash"
  };

  private AuditCsv() {}

  static Object[] row(AuditEvent event, ZoneId zone) {
    return new Object[] {
      event.getSequence(),
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.getOccurredAt().atZone(zone)),
      event.getActor(),
      event.getAction().name(),
      event.getObjectType(),
      event.getObjectId(),
      event.getOutcome().name(),
      event.getSourceAddress(),
      event.getRequestId(),
      event.getPreviousHash(),
      event.getHash()
    };
  }
}
