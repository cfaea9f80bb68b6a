package org.aftercare.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the portal hands out: RFC 4180 (comma-separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes with inner quotes doubled), written by Commons CSV.
 *
 * <p>A text field that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) gets a leading apostrophe: the files are opened in Excel by people who did not
 * write their contents — a client's name or an excuse typed by someone else (OWASP, CSV injection).
 */
public final class CsvFile {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final List<Character> FORMULA_STARTS = List.of('=', '+', '-', '@', '\t', '\r');

  private final CSVPrinter printer;

  /** Starts the file on {@code out} with its header line. */
  public CsvFile(Appendable out, String... header) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
    row((Object[]) header);
  }

  /** One line; {@code null} is an empty field, numbers and dates are written as they print. */
  public void row(Object... fields) throws IOException {
    printer.printRecord(Arrays.stream(fields).map(CsvFile::defused).toArray());
  }

  public void flush() throws IOException {
    printer.flush();
  }

  static String defused(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    boolean typedText = value instanceof CharSequence;
    return typedText && !text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0))
        ? "'" + text
        : text;
  }
}
