package org.aftercare.ui.outcomes;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aftercare.outcomes.Share;

/**
 * Percentages as horizontal bars, one per figure, as server-rendered SVG. The chart is one image to
 * assistive technology, with every figure spelled out in its label; a figure with nothing to count
 * shows "none yet" instead of an empty bar that would read as 0 %.
 */
final class ShareBars {

  /** One bar: what it measures and its share. */
  record Bar(String label, Share share) {}

  private static final int WIDTH = 560;
  private static final int LABEL_WIDTH = 210;
  private static final int ROW = 28;
  private static final int BAR = 18;

  private ShareBars() {}

  static Html of(String id, String title, List<Bar> bars) {
    int height = bars.size() * ROW + 4;
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"%s\" class=\"aftercare-outcome-chart\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            id,
            WIDTH,
            height,
            WIDTH,
            height,
            SvgText.escaped(description(title, bars))));
    int barSpace = WIDTH - LABEL_WIDTH - 60;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = i * ROW + 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>",
              y + BAR - 5,
              SvgText.escaped(bar.label())));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"track\"/>",
              LABEL_WIDTH,
              y,
              barSpace,
              BAR));
      if (bar.share().percent().isPresent()) {
        int percent = bar.share().percent().getAsInt();
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/>",
                LABEL_WIDTH,
                y,
                barSpace * percent / 100,
                BAR));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>",
              LABEL_WIDTH + barSpace + 6,
              y + BAR - 5,
              bar.share().percent().isPresent() ? bar.share().percent().getAsInt() + " %" : "—"));
    }
    svg.append("</svg>");
    return new Html(svg.toString());
  }

  static String description(String title, List<Bar> bars) {
    return title
        + ": "
        + bars.stream()
            .map(bar -> bar.label() + " " + bar.share().describe())
            .collect(Collectors.joining("; "));
  }
}
