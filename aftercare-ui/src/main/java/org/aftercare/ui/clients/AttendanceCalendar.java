package org.aftercare.ui.clients;

import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;

/**
 * One month of a client's attendance as a calendar heat map (server-rendered SVG): a square a day,
 * coloured by the day's outcome — attended, excused or missed — with a text alternative.
 */
final class AttendanceCalendar {

  private static final int CELL = 18;

  private AttendanceCalendar() {}

  static Html of(YearMonth month, List<Attendance> records, ZoneId zone) {
    Map<LocalDate, AttendanceStatus> byDay = new HashMap<>();
    for (Attendance record : records) {
      LocalDate day = LocalDate.ofInstant(record.getSession().getStartsAt(), zone);
      if (YearMonth.from(day).equals(month)) {
        byDay.merge(day, record.getStatus(), AttendanceCalendar::better);
      }
    }
    int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
    int weeks = (offset + month.lengthOfMonth() + 6) / 7;
    long attended = byDay.values().stream().filter(AttendanceStatus::attended).count();
    Locale reader = PortalTranslations.current();
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"aftercare-heatmap\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            7 * CELL,
            weeks * CELL + 14,
            PortalTranslations.text(
                "clients.calendar.aria",
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, reader)
                    + " "
                    + month.getYear(),
                attended,
                byDay.size())));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"0\" y=\"10\">%s</text>",
            month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, reader)));
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      int index = offset + day - 1;
      AttendanceStatus status = byDay.get(month.atDay(day));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" class=\"%s\"><title>%s</title></rect>",
              (index % 7) * CELL,
              (index / 7) * CELL + 14,
              CELL - 3,
              CELL - 3,
              status == null
                  ? "none"
                  : status.attended()
                      ? "attended"
                      : status == AttendanceStatus.EXCUSED ? "excused" : "missed",
              month.atDay(day) + (status == null ? "" : ": " + Labels.of(status, status.label()))));
    }
    svg.append("</svg>");
    return new Html(svg.toString());
  }

  private static AttendanceStatus better(AttendanceStatus a, AttendanceStatus b) {
    return a.attended() ? a : b;
  }
}
