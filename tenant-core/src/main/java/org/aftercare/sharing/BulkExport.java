package org.aftercare.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A Bulk Data export an API client asked for: all the clients shared with it, or those of one
 * group, in the resource types it named, changed since a moment or all. Its files are kept until
 * {@code expiresAt}.
 */
@Entity
@Table(name = "bulk_export")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class BulkExport extends TenantOwned {

  @Id private UUID id;

  @Column(name = "api_client_id", nullable = false)
  private UUID apiClientId;

  @Convert(NullableUuidConverter.NAME)
  @Column(name = "group_id")
  private UUID groupId;

  /** Comma-separated resource types. */
  @Column(nullable = false)
  private String types;

  @Column private Instant since;

  @Column(name = "request_url", nullable = false)
  private String requestUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExportStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column private String progress;

  @Column private String error;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Version private long version;

  protected BulkExport() {}

  BulkExport(UUID apiClientId, ExportRequest request, Instant at) {
    this.id = Identifiers.newId();
    this.apiClientId = apiClientId;
    this.groupId = request.groupId();
    this.types = String.join(",", request.types());
    this.since = request.since();
    this.requestUrl = request.requestUrl();
    this.status = ExportStatus.QUEUED;
    this.requestedAt = at;
  }

  void start(Instant leaseUntil) {
    status = ExportStatus.RUNNING;
    attempts++;
    this.leaseUntil = leaseUntil;
    progress = "Started";
  }

  /** Says how far it got, and holds the lease for another while: the worker is alive. */
  void progress(String text, Instant leaseUntil) {
    progress = text;
    this.leaseUntil = leaseUntil;
  }

  void complete(Instant at, Instant expires) {
    status = ExportStatus.COMPLETE;
    finishedAt = at;
    expiresAt = expires;
    leaseUntil = null;
    progress = "Complete";
  }

  void fail(String why, Instant at) {
    status = ExportStatus.FAILED;
    error = why.length() > 500 ? why.substring(0, 500) : why;
    finishedAt = at;
    leaseUntil = null;
  }

  void cancel(Instant at) {
    status = ExportStatus.CANCELLED;
    finishedAt = at;
    leaseUntil = null;
  }

  public boolean isFinished() {
    return status == ExportStatus.COMPLETE
        || status == ExportStatus.FAILED
        || status == ExportStatus.CANCELLED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getApiClientId() {
    return apiClientId;
  }

  public Optional<UUID> groupId() {
    return Optional.ofNullable(groupId);
  }

  public List<String> types() {
    return Arrays.asList(types.split(","));
  }

  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  public String getRequestUrl() {
    return requestUrl;
  }

  public ExportStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Optional<String> progress() {
    return Optional.ofNullable(progress);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }
}
