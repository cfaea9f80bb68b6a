package org.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Text typed by one person (a name, an excuse, an audit detail) lands in a CSV another opens in a
 * spreadsheet: whatever it holds, the file reads back as the same fields, one line per row, and no
 * text cell starts the way a formula does.
 */
class CsvFileFuzzTest {

  // Dictionary entries are in libFuzzer's syntax: quotes, backslashes and control bytes as \xNN.
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "=",
    "+",
    "-",
    "@",
    "\\x09",
    "\\x0D",
    "\\x0A",
    "\\x22",
    ",",
    "=HYPERLINK(",
    "'"
  })
  void typedTextReadsBackAndNeverStartsAFormula(FuzzedDataProvider data) throws IOException {
    List<String> typed = new ArrayList<>();
    int fields = data.consumeInt(1, 6);
    for (int i = 0; i < fields; i++) {
      typed.add(data.consumeString(60));
    }
    int number = data.consumeInt();
    var out = new StringBuilder();

    var file = new CsvFile(out, "first", "second");
    List<Object> row = new ArrayList<>(typed);
    row.add(number);
    file.row(row.toArray());
    file.flush();

    List<CSVRecord> records =
        CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    assertThat(records).hasSize(2);
    List<String> cells = records.get(1).toList();
    assertThat(cells).hasSize(fields + 1);
    for (int i = 0; i < fields; i++) {
      String cell = cells.get(i);
      assertThat(cell).isEqualTo(CsvFile.defused(typed.get(i)));
      assertThat(cell.isEmpty() ? ' ' : cell.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
    }
    assertThat(cells.get(fields)).isEqualTo(Integer.toString(number));
  }
}
