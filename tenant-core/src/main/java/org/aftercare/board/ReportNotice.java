package org.aftercare.board;

import java.time.Instant;
import java.util.Optional;

/** A report the signed-in person made, and — once handled — what was done, told back to them. */
public record ReportNotice(Instant reportedAt, String reason, Optional<ReportOutcome> outcome) {}
