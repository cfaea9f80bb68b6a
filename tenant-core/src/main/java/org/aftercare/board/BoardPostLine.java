package org.aftercare.board;

import java.time.Instant;
import java.util.UUID;

/**
 * A post as the board shows it: the author by display name only (first name only where the group
 * asks for it), never a legal name or an address. {@code authorClientId} is given to moderators
 * alone, who mute or remove the author; for everyone else it is null.
 */
public record BoardPostLine(
    UUID id,
    UUID replyTo,
    String author,
    boolean byFacilitator,
    String body,
    Instant postedAt,
    boolean hidden,
    boolean mine,
    boolean reportedByMe,
    UUID authorClientId) {}
