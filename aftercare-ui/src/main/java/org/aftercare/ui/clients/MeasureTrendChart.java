package org.aftercare.ui.clients;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureResponse;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * One measure's totals over time as a small server-rendered SVG: one dot per result, joined in
 * order, on the instrument's full range, with its band boundaries as faint lines. The text
 * alternative names every result, since a trend of a few points reads as well in words.
 */
final class MeasureTrendChart {

  private static final int WIDTH = 300;
  private static final int HEIGHT = 100;
  private static final int PAD = 6;

  private MeasureTrendChart() {}

  static Html of(Instrument instrument, List<MeasureResponse> results) {
    var questionnaire = instrument.questionnaire();
    int low = questionnaire.lowestTotal();
    int high = questionnaire.highestTotal();
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"aftercare-measure-trend\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\">",
            WIDTH,
            HEIGHT,
            description(instrument, results)));
    for (var band :
        questionnaire.total().bands().subList(1, questionnaire.total().bands().size())) {
      double y = y(band.from(), low, high);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"band\"/>",
              y,
              WIDTH,
              y));
    }
    var path = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      double x = x(i, results.size());
      double y = y(results.get(i).getTotalScore(), low, high);
      path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", i == 0 ? "M" : "L", x, y));
      svg.append(
          String.format(
              Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"score\"/>", x, y));
    }
    if (results.size() > 1) {
      svg.append("<path class=\"score\" d=\"").append(path.toString().trim()).append("\"/>");
    }
    svg.append("</svg>");
    return new Html(svg.toString());
  }

  /**
   * "PHQ-9 results, oldest first: 14 (Moderate) due 1 Nov 2026, 9 (Mild) due 15 Nov 2026"; "BAM use
   * score results, …" where the chart shows one of several scales.
   */
  static String description(Instrument instrument, List<MeasureResponse> results) {
    var questionnaire = instrument.questionnaire();
    return PortalTranslations.text(
        "clients.trend.description",
        questionnaire.subscales().isEmpty()
            ? questionnaire.name()
            : ScaleWords.scoreName(instrument, questionnaire.total()),
        results.stream()
            .map(
                result ->
                    PortalTranslations.text(
                        "clients.trend.result",
                        result.getTotalScore(),
                        ScaleWords.band(instrument, questionnaire.total(), result.getBand()),
                        SessionTimes.date(result.getDueOn())))
            .collect(Collectors.joining(", ")));
  }

  private static double x(int index, int count) {
    return count == 1 ? WIDTH / 2.0 : PAD + (double) index * (WIDTH - 2 * PAD) / (count - 1);
  }

  private static double y(int total, int low, int high) {
    return HEIGHT - PAD - (double) (total - low) * (HEIGHT - 2 * PAD) / (high - low);
  }
}
