package org.aftercare.library;

import java.time.Instant;

/**
 * A resource staff gave the client or one of their groups; {@code worksheet} is how far the client
 * got with it when it is a worksheet, else null.
 */
public record ForYou(ResourceSummary resource, Instant assignedAt, WorksheetState worksheet) {}
