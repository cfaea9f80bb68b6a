package org.aftercare.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A Bulk Data kick-off as the API client made it: one group's members or all clients shared with it
 * ({@code groupId} null), the resource types, changes since when (null for all), and the request
 * URL the manifest repeats.
 */
public record ExportRequest(UUID groupId, List<String> types, Instant since, String requestUrl) {

  public ExportRequest {
    types = List.copyOf(types);
  }
}
