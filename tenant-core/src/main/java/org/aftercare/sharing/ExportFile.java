package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** One NDJSON file of an export: the resources of one type, one per line. */
@Entity
@Table(name = "bulk_export_file")
public class ExportFile extends TenantOwned {

  @Id private UUID id;

  @Column(name = "export_id", nullable = false)
  private UUID exportId;

  @Column(name = "resource_type", nullable = false)
  private String resourceType;

  @Column(name = "resource_count", nullable = false)
  private int resourceCount;

  @Column(nullable = false)
  private String content;

  protected ExportFile() {}

  public ExportFile(String resourceType, int resourceCount, String content) {
    this.id = Identifiers.newId();
    this.resourceType = resourceType;
    this.resourceCount = resourceCount;
    this.content = content;
  }

  void belongTo(UUID exportId) {
    this.exportId = exportId;
  }

  public UUID getId() {
    return id;
  }

  public UUID getExportId() {
    return exportId;
  }

  public String getResourceType() {
    return resourceType;
  }

  public int getResourceCount() {
    return resourceCount;
  }

  public String getContent() {
    return content;
  }
}
