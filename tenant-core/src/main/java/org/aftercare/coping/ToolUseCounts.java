package org.aftercare.coping;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A client's coping-tool use from {@code from} to {@code to} (the clinic's days, both included), as
 * counts per tool and day — what the client allowed their clinician and mentor to see.
 */
public record ToolUseCounts(LocalDate from, LocalDate to, List<DailyToolUse> days) {

  public ToolUseCounts {
    days = List.copyOf(days);
  }

  /** Uses per tool over the whole period, in the tools' order; tools never used are left out. */
  public Map<CopingTool, Integer> totals() {
    var totals = new EnumMap<CopingTool, Integer>(CopingTool.class);
    days.forEach(day -> totals.merge(day.tool(), day.uses(), Integer::sum));
    return totals;
  }
}
