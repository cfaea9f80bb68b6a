package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void plainValuesStayUnquoted() {
    assertThat(AuditCsv.field("dana@riverside.example")).isEqualTo("dana@riverside.example");
    assertThat(AuditCsv.field(null)).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
    assertThat(AuditCsv.field("Reyes, Alex")).isEqualTo("\"Reyes, Alex\"");
    assertThat(AuditCsv.field("the \"R.\" group")).isEqualTo("\"the \"\"R.\"\" group\"");
    assertThat(AuditCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void valuesASpreadsheetWouldRunAsFormulasAreDefused() {
    assertThat(AuditCsv.field("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
    assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
    assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void aRowHasEveryColumnOfTheHeaderInTheClinicsZoneAndEndsWithCrLf() {
    String row = AuditCsv.row(GoldenEntries.second(), ZoneId.of("America/Chicago"));

    assertThat(AuditCsv.HEADER)
        .isEqualTo(
            "sequence,occurred_at,actor,action,object_type,object_id,outcome,source_address,"
                + "request_id,previous_hash,hash\r\n");
    assertThat(row)
        .isEqualTo(
            "2,2026-03-08T04:00:00-05:00,zoë@riverside.example,CLIENT_VIEWED,Client,"
                + "0190f1c2-0000-7000-8000-000000000001,DENIED,,,"
                + GoldenEntries.FIRST_HASH
                + ","
                + GoldenEntries.SECOND_HASH
                + "\r\n");
  }
}
