package org.aftercare.sharing;

import java.util.List;

/** One page of the clients shared with an API client, and how many there are in all. */
public record PulledClients(List<PulledClient> page, int total) {}
