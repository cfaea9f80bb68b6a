package org.aftercare.library;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftercare.groups.Modality;

/**
 * A resource as lists show it: without the bytes of its file, only the file's name and size ({@code
 * fileName} is null when nothing was uploaded).
 */
public record ResourceSummary(
    UUID id,
    ResourceKind kind,
    String title,
    String description,
    String link,
    String author,
    Set<Modality> groupKinds,
    List<String> topics,
    boolean onShelf,
    String fileName,
    int fileSize,
    boolean isRetired) {

  public boolean hasFile() {
    return fileName != null;
  }
}
