package org.aftercare.library;

import java.time.Instant;
import java.util.UUID;

/** Who a resource is assigned to, as staff see it. */
public record AssignmentLine(UUID id, String assignee, Instant assignedAt) {}
