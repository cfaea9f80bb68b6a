package org.aftercare.outcomes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.aftercare.outcomes.OutcomeReport.MeasureChange;
import org.aftercare.outcomes.OutcomeReport.Retention;
import org.aftercare.outcomes.OutcomeReport.WeekOfAttendance;
import org.aftercare.shared.CsvFile;

/**
 * A report and the mentors' figures as one long CSV table — section, item, count, of, percent — so
 * that a spreadsheet can filter it by section. Written by {@link CsvFile}, which defuses text that
 * a spreadsheet would run as a formula: the scope's label and mentors' names are typed by people.
 */
public final class OutcomesCsv {

  static final String[] HEADER = {"section", "item", "count", "of", "percent"};

  private OutcomesCsv() {}

  /** {@code scopeLabel} names the scope as the screen does ("Group: Tuesday evening"). */
  public static void write(
      OutcomeReport report, String scopeLabel, List<MentorFigures> mentors, Appendable out)
      throws IOException {
    var csv = new CsvFile(out, HEADER);
    csv.row("report", "scope", scopeLabel, null, null);
    csv.row("report", "from", report.from().toString(), null, null);
    csv.row("report", "to", report.to().toString(), null, null);
    csv.row("clients", "enrolled in the period", report.clients(), null, null);
    for (Retention retention : report.retention()) {
      share(
          csv,
          "retention",
          "still attending at day " + retention.days(),
          retention.stillAttending());
    }
    csv.row("attendance", "sessions held", report.attendance().sessionsHeld(), null, null);
    share(csv, "attendance", "attended of expected places", report.attendance().rate());
    var checkIns = report.checkIns();
    share(
        csv,
        "check-ins",
        "on at least " + checkIns.percentOfDays() + " % of " + checkIns.days() + " days",
        checkIns.engaged());
    for (MeasureChange change : report.measures()) {
      share(
          csv,
          change.instrument().label(),
          "improved by " + change.points() + " or more points",
          change.improved());
    }
    for (WeekOfAttendance week : report.weeks()) {
      share(csv, "weekly attendance", "week of " + week.monday(), week.rate());
    }
    for (MentorFigures mentor : mentors) {
      csv.row("mentor caseload", mentor.name(), mentor.caseload(), null, null);
      csv.row(
          "mentor contacts",
          mentor.name(),
          mentor.contacts(),
          mentor.caseload(),
          mentor.contactsPerMentee().isPresent()
              ? String.format(
                  Locale.ROOT, "%.1f per mentee", mentor.contactsPerMentee().getAsDouble())
              : null);
      share(csv, "mentees' attendance, first half", mentor.name(), mentor.firstHalf());
      share(csv, "mentees' attendance, second half", mentor.name(), mentor.secondHalf());
    }
    csv.flush();
  }

  private static void share(CsvFile csv, String section, String item, Share share)
      throws IOException {
    csv.row(
        section,
        item,
        share.count(),
        share.of(),
        share.percent().isPresent() ? share.percent().getAsInt() : null);
  }
}
