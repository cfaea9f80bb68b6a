package org.aftercare.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break in double quotes with inner quotes doubled). Times are in the clinic's zone with their
 * offset; the hashes are included so that an auditor can check an export against the chain.
 *
 * <p>A field that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) gets a leading apostrophe: the file is meant to be opened in Excel by people who
 * did not write its contents (OWASP, CSV injection).
 */
final class AuditCsv {

  private static final String LINE_END = "\r\n";

  static final String HEADER =
      line(
          Stream.of(
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
              "hash"));

  private AuditCsv() {}

  static String row(AuditEvent event, ZoneId zone) {
    return line(
        Stream.of(
            Long.toString(event.getSequence()),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.getOccurredAt().atZone(zone)),
            event.getActor(),
            event.getAction().name(),
            event.getObjectType(),
            event.getObjectId(),
            event.getOutcome().name(),
            event.getSourceAddress(),
            event.getRequestId(),
            event.getPreviousHash(),
            event.getHash()));
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static boolean startsLikeAFormula(String value) {
    return List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0));
  }

  private static String line(Stream<String> fields) {
    return fields.map(AuditCsv::field).collect(Collectors.joining(",", "", LINE_END));
  }
}
