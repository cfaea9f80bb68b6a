package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import org.aftercare.shared.CsvFile;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void aRowHasEveryColumnOfTheHeaderInTheClinicsZoneAndEndsWithCrLf() throws IOException {
    var out = new StringBuilder();
    var csv = new CsvFile(out, AuditCsv.HEADER);

    csv.row(AuditCsv.row(GoldenEntries.second(), ZoneId.of("America/Chicago")));

    assertThat(out.toString())
        .isEqualTo(
            "sequence,occurred_at,actor,action,object_type,object_id,outcome,source_address,"
                + "request_id,previous_hash,hash\r\n"
                + "2,2026-03-08T04:00:00-05:00,zoë@riverside.example,CLIENT_VIEWED,Client,"
                + "0190f1c2-0000-7000-8000-000000000001,DENIED,,,"
                + GoldenEntries.FIRST_HASH
                + ","
                + GoldenEntries.SECOND_HASH
                + "\r\n");
  }
}
