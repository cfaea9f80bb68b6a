package org.aftercare.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * A resource of the clinic's library. An uploaded file's bytes live in {@code library_file}, read
 * only when it is downloaded, so that lists of resources never load them.
 */
@Entity
@Table(name = "library_resource")
public class LibraryResource extends TenantOwned {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResourceKind kind;

  @Column(nullable = false)
  private String title;

  private String description;
  private String link;
  private String author;

  @Column(name = "group_kinds")
  private String groupKinds;

  private String topics;

  @Column(name = "on_shelf", nullable = false)
  private boolean onShelf;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_type")
  private String fileType;

  @Column(name = "file_size")
  private Integer fileSize;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Version private long version;

  protected LibraryResource() {}

  LibraryResource(ResourceDetails details, Instant at) {
    this.id = Identifiers.newId();
    this.createdAt = at;
    apply(details);
  }

  void apply(ResourceDetails details) {
    kind = details.kind();
    title = details.title();
    description = details.description();
    link = details.link();
    author = details.author();
    groupKinds = details.groupKindsText();
    topics = details.topicsText();
    onShelf = details.onShelf();
  }

  void attach(String name, String type, int size) {
    fileName = name;
    fileType = type;
    fileSize = size;
  }

  void retire(Instant at) {
    retiredAt = at;
  }

  /** The details as staff wrote them; the fields of a worksheet come from its field rows. */
  ResourceDetails details(List<WorksheetField> fields) {
    return new ResourceDetails(
        kind,
        title,
        description,
        link,
        author,
        ResourceDetails.groupKindsOf(groupKinds),
        topics == null ? List.of() : List.of(topics.split(",")),
        onShelf,
        fields);
  }

  ResourceSummary summary() {
    return new ResourceSummary(
        id,
        kind,
        title,
        description,
        link,
        author,
        ResourceDetails.groupKindsOf(groupKinds),
        topics == null ? List.of() : List.of(topics.split(",")),
        onShelf,
        fileName,
        fileSize == null ? 0 : fileSize,
        retiredAt != null);
  }

  public UUID getId() {
    return id;
  }

  public ResourceKind getKind() {
    return kind;
  }

  boolean hasFile() {
    return fileName != null;
  }

  boolean isRetired() {
    return retiredAt != null;
  }

  String getFileName() {
    return fileName;
  }

  String getFileType() {
    return fileType;
  }
}
