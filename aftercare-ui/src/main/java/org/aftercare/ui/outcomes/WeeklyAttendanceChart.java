package org.aftercare.ui.outcomes;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import org.aftercare.outcomes.OutcomeReport.WeekOfAttendance;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * The attendance rate week by week as columns, as server-rendered SVG with a text alternative: the
 * trend in words in its label (first and latest week, lowest and highest), the weeks themselves in
 * the table beside it, which the screen keeps visually hidden.
 */
final class WeeklyAttendanceChart {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 140;
  private static final int AXIS = 18;

  /** Room on the left for the 0 / 50 / 100 % scale. */
  private static final int SCALE = 44;

  private WeeklyAttendanceChart() {}

  static Html of(List<WeekOfAttendance> weeks) {
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"weekly-attendance-chart\" class=\"aftercare-outcome-chart\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\">",
            WIDTH,
            HEIGHT + AXIS,
            WIDTH,
            HEIGHT + AXIS,
            SvgText.escaped(description(weeks))));
    for (int percent : new int[] {0, 50, 100}) {
      double y = HEIGHT - (HEIGHT - 4) * percent / 100.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"axis\"/>"
                  + "<text x=\"0\" y=\"%.1f\" class=\"label\">%d %%</text>",
              SCALE,
              y,
              WIDTH,
              y,
              y + 4,
              percent));
    }
    double slot = (double) (WIDTH - SCALE) / Math.max(weeks.size(), 1);
    for (int i = 0; i < weeks.size(); i++) {
      WeekOfAttendance week = weeks.get(i);
      double x = SCALE + i * slot;
      if (week.rate().percent().isPresent()) {
        double height = (HEIGHT - 4) * week.rate().percent().getAsInt() / 100.0;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\"/>",
                x + slot * 0.15,
                HEIGHT - height,
                slot * 0.7,
                height));
      }
      // Every other week's date, so that the labels do not run into each other.
      if (i % Math.max(1, weeks.size() / 6) == 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>",
                x + slot * 0.15,
                HEIGHT + 13,
                SessionTimes.dayAndMonth(week.monday())));
      }
    }
    svg.append("</svg>");
    return new Html(svg.toString());
  }

  static String description(List<WeekOfAttendance> weeks) {
    if (weeks.isEmpty()) {
      return PortalTranslations.text("outcomes.weekly.noSessions");
    }
    var rated = weeks.stream().filter(week -> week.rate().percent().isPresent()).toList();
    if (rated.isEmpty()) {
      return PortalTranslations.text("outcomes.weekly.noPlaces", weeks.size());
    }
    int lowest = rated.stream().mapToInt(w -> w.rate().percent().getAsInt()).min().orElseThrow();
    int highest = rated.stream().mapToInt(w -> w.rate().percent().getAsInt()).max().orElseThrow();
    return PortalTranslations.text(
        "outcomes.weekly.description",
        weeks.size(),
        rated.getFirst().rate().percent().getAsInt(),
        SessionTimes.dayAndMonth(rated.getFirst().monday()),
        rated.getLast().rate().percent().getAsInt(),
        SessionTimes.dayAndMonth(rated.getLast().monday()),
        lowest,
        highest);
  }
}
