package org.aftercare.coping;

import java.time.LocalDate;

/** How many times a client used one tool on one day of the clinic's calendar. */
public record DailyToolUse(LocalDate day, CopingTool tool, int uses) {}
