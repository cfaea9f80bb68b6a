package org.aftercare.sharing;

import java.util.List;
import java.util.UUID;

/** A recovery group as an API client sees it: its name and the members shared with that client. */
public record SharedGroup(UUID groupId, String name, List<PulledClient> members) {}
