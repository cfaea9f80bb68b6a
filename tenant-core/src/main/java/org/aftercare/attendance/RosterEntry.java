package org.aftercare.attendance;

import java.util.UUID;

/**
 * What a facilitator marks for one client. {@code seenVersion} is the version of the record the
 * screen showed (-1 when none), so a save over someone else's newer entry is refused, not lost.
 */
public record RosterEntry(
    UUID clientId, AttendanceStatus status, String excuseReason, long seenVersion) {}
