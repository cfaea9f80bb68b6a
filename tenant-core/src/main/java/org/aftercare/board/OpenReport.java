package org.aftercare.board;

import java.time.Instant;
import java.util.UUID;

/** A report waiting for a facilitator, with the post it is about. */
public record OpenReport(
    UUID reportId, UUID postId, String postAuthor, String postBody, String reason, Instant at) {}
