package org.aftercare.sharing;

import java.util.List;
import org.aftercare.attendance.Attendance;

/** Everything an API client may have of one client for a period, as an export writes it. */
public record PulledRecord(
    PulledClient client, SummaryMessage summary, List<Attendance> attendance) {}
