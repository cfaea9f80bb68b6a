package org.aftercare.ui.portal;

import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aftercare.checkins.DailyCheckIn;
import org.aftercare.ui.components.PortalTranslations;

/**
 * The last 30 days of mood (1–5) and craving (0–10) as a small server-rendered SVG line chart, both
 * scaled to the same height; days without a check-in leave a gap. Has a text alternative.
 */
final class TrendChart {

  private static final int WIDTH = 300;
  private static final int HEIGHT = 100;
  private static final int DAYS = 30;

  private TrendChart() {}

  static Html of(List<DailyCheckIn> checkIns, LocalDate today, Locale reader) {
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"aftercare-trend\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            WIDTH,
            HEIGHT + 16,
            description(checkIns, reader)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
            HEIGHT,
            WIDTH,
            HEIGHT));
    svg.append(line(checkIns, today, true)).append(line(checkIns, today, false));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"0\" y=\"%d\" class=\"legend mood\">%s</text>",
            HEIGHT + 14,
            PortalTranslations.in(reader, "trend.mood")));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"50\" y=\"%d\" class=\"legend craving\">%s</text>",
            HEIGHT + 14,
            PortalTranslations.in(reader, "trend.craving")));
    svg.append("</svg>");
    return new Html(svg.toString());
  }

  private static String line(List<DailyCheckIn> checkIns, LocalDate today, boolean mood) {
    var path = new StringBuilder();
    LocalDate previous = null;
    for (DailyCheckIn checkIn : checkIns) {
      int daysAgo = (int) (today.toEpochDay() - checkIn.getDay().toEpochDay());
      double x = WIDTH - (double) daysAgo * WIDTH / (DAYS - 1);
      double value =
          mood ? (checkIn.answers().mood() - 1) / 4.0 : checkIn.answers().craving() / 10.0;
      double y = HEIGHT - value * (HEIGHT - 4) - 2;
      boolean continues = previous != null && checkIn.getDay().minusDays(1).equals(previous);
      path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", continues ? "L" : "M", x, y));
      previous = checkIn.getDay();
    }
    return path.isEmpty()
        ? ""
        : "<path class=\""
            + (mood ? "mood" : "craving")
            + "\" d=\""
            + path.toString().trim()
            + "\"/>";
  }

  private static String description(List<DailyCheckIn> checkIns, Locale reader) {
    if (checkIns.isEmpty()) {
      return PortalTranslations.in(reader, "trend.none");
    }
    DailyCheckIn last = checkIns.getLast();
    return PortalTranslations.in(
        reader, "trend.summary", checkIns.size(), last.answers().mood(), last.answers().craving());
  }
}
