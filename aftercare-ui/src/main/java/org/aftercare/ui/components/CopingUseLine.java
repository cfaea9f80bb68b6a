package org.aftercare.ui.components;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aftercare.coping.CopingTool;
import org.aftercare.coping.CopingTools;
import org.aftercare.coping.ToolUseCounts;

/**
 * A client's coping-tool use as staff see it: counts only, and only if the client shares them.
 * Saying so when they do not keeps staff from reading "no use" into a choice of privacy.
 */
public final class CopingUseLine {

  private CopingUseLine() {}

  public static Paragraph of(Optional<ToolUseCounts> counts) {
    var line = new Paragraph(describe(counts));
    line.addClassName("coping-use");
    line.getStyle().set("margin", "0");
    return line;
  }

  static String describe(Optional<ToolUseCounts> counts) {
    if (counts.isEmpty()) {
      return PortalTranslations.text("components.coping.notShared");
    }
    Map<CopingTool, Integer> totals = counts.get().totals();
    if (totals.isEmpty()) {
      return PortalTranslations.text("components.coping.noneUsed", CopingTools.DAYS_SHOWN);
    }
    return PortalTranslations.text(
        "components.coping.used",
        CopingTools.DAYS_SHOWN,
        totals.entrySet().stream()
            .map(
                total ->
                    PortalTranslations.text(
                        "components.coping.times",
                        Labels.of(total.getKey(), total.getKey().label()),
                        total.getValue()))
            .collect(Collectors.joining(" · ")));
  }
}
