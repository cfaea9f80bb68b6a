package org.aftercare.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.measures.Instrument;
import org.aftercare.outcomes.OutcomeReport.Attendance;
import org.aftercare.outcomes.OutcomeReport.CheckInEngagement;
import org.aftercare.outcomes.OutcomeReport.MeasureChange;
import org.aftercare.outcomes.OutcomeReport.Retention;
import org.aftercare.outcomes.OutcomeReport.WeekOfAttendance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The outcomes CSV: a group's name and a mentor's name are typed by people and must reach a
 * spreadsheet as text, never as a formula; the figures stay numbers.
 */
class OutcomesCsvTest {

  @Test
  void typedNamesThatASpreadsheetWouldRunAreDefused() throws IOException {
    var rows =
        written(
            "Group: =HYPERLINK(\"http://evil.example\",\"click\")",
            new MentorFigures(
                UUID.randomUUID(), "@SUM(A1:A9)", 2, 3, new Share(1, 2), new Share(2, 2)));

    assertThat(cell(rows, "report", 2))
        .isEqualTo("Group: =HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(rows)
        .filteredOn(row -> row.get(0).equals("mentor caseload"))
        .singleElement()
        .satisfies(row -> assertThat(row.get(1)).isEqualTo("'@SUM(A1:A9)"));
  }

  @Test
  void aLabelStartingWithAFormulaSignGetsAnApostrophe() throws IOException {
    var rows = written("=1+2", new MentorFigures(UUID.randomUUID(), "-Dana", 0, 0, none(), none()));

    assertThat(cell(rows, "report", 2)).isEqualTo("'=1+2");
    assertThat(rows)
        .filteredOn(row -> row.get(0).startsWith("mentor"))
        .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("'-Dana"));
  }

  @Test
  void figuresAreWrittenAsNumbersAndNothingToCountAsAnEmptyPercent() throws IOException {
    var rows = written("Whole clinic");

    assertThat(rows.getFirst().values())
        .containsExactly("section", "item", "count", "of", "percent");
    assertThat(rows)
        .filteredOn(row -> row.get(1).equals("still attending at day 30"))
        .singleElement()
        .satisfies(row -> assertThat(row.values()).endsWith("3", "4", "75"));
    assertThat(rows)
        .filteredOn(row -> row.get(1).equals("attended of expected places"))
        .singleElement()
        .satisfies(row -> assertThat(row.values()).endsWith("0", "0", ""));
    assertThat(rows)
        .filteredOn(row -> row.get(0).equals("weekly attendance"))
        .singleElement()
        .satisfies(row -> assertThat(row.get(1)).isEqualTo("week of 2026-11-16"));
  }

  private static Share none() {
    return new Share(0, 0);
  }

  private static String cell(List<CSVRecord> rows, String section, int column) {
    return rows.stream()
        .filter(row -> row.get(0).equals(section))
        .findFirst()
        .orElseThrow()
        .get(column);
  }

  private static List<CSVRecord> written(String scopeLabel, MentorFigures... mentors)
      throws IOException {
    var report =
        new OutcomeReport(
            OutcomeScope.clinic(),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 11, 29),
            4,
            List.of(
                new Retention(30, new Share(3, 4)),
                new Retention(60, none()),
                new Retention(90, none())),
            new Attendance(0, none()),
            new CheckInEngagement(50, 90, new Share(1, 4)),
            List.of(new MeasureChange(Instrument.PHQ_9, 5, new Share(1, 2))),
            List.of(new WeekOfAttendance(LocalDate.of(2026, 11, 16), new Share(5, 6))));
    var out = new StringBuilder();
    OutcomesCsv.write(report, scopeLabel, List.of(mentors), out);
    return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
  }
}
