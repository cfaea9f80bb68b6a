package org.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void headerAndRowsEndWithCrLfAndPlainValuesStayUnquoted() throws IOException {
    assertThat(written(new Object[] {"dana@riverside.example", null, 7L}))
        .isEqualTo("a,b,c\r\ndana@riverside.example,,7\r\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() throws IOException {
    assertThat(written(new Object[] {"Reyes, Alex", "the \"R.\" group", "two\r\nlines"}))
        .endsWith("\"Reyes, Alex\",\"the \"\"R.\"\" group\",\"two\r\nlines\"\r\n");
  }

  @Test
  void textASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
    assertThat(written(new Object[] {"=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)"}))
        .endsWith("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@SUM(A1)\r\n");
    assertThat(CsvFile.defused("-1")).isEqualTo("'-1");
    assertThat(CsvFile.defused("\tx")).isEqualTo("'\tx");
  }

  @Test
  void numbersAreNoFormulas() {
    assertThat(CsvFile.defused(-1)).isEqualTo("-1");
  }

  private static String written(Object[] row) throws IOException {
    var out = new StringBuilder();
    var csv = new CsvFile(out, "a", "b", "c");
    csv.row(row);
    csv.flush();
    return out.toString();
  }
}
