package org.aftercare.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.access.OpenToApiClients;
import org.aftercare.access.Requires;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Bulk Data exports: an API client kicks one off and follows it; a worker on any instance claims it
 * under a lease, so a job cut off by a restart is taken up again, and gives up visibly after
 * {@value #MAX_ATTEMPTS} attempts. A client sees only its own exports; the files expire a day after
 * they are written.
 */
@ApplicationScoped
@TenantAware
public class BulkExports {

  static final Duration LEASE = Duration.ofMinutes(10);
  static final int MAX_ATTEMPTS = 3;
  public static final Duration FILES_KEPT = Duration.ofHours(24);

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;

  @Transactional
  @Requires({})
  @OpenToApiClients
  public BulkExport kickOff(ExportRequest request) {
    Set<String> readable =
        caller.requireApiClient().scopes().stream()
            .flatMap(scope -> ApiScope.of(scope).flatMap(ApiScope::resourceType).stream())
            .collect(Collectors.toSet());
    if (request.types().isEmpty()) {
      throw InvalidInputException.worded(
          "_type", "Name at least one resource type.", "refusal.sharing.export.noType");
    }
    request.types().stream()
        .filter(type -> !readable.contains(type))
        .findFirst()
        .ifPresent(
            type -> {
              throw InvalidInputException.worded(
                  "_type",
                  "The token does not allow exporting " + type + ".",
                  "refusal.sharing.export.typeNotAllowed",
                  type);
            });
    if (request.since() != null && request.since().isAfter(clock.instant())) {
      throw InvalidInputException.worded(
          "_since", "_since is a moment in the past.", "refusal.sharing.export.sinceInFuture");
    }
    if (request.groupId() != null && em.find(RecoveryGroup.class, request.groupId()) == null) {
      throw new NotFoundException("Group");
    }
    var export = new BulkExport(caller.requireApiClient().apiClientId(), request, clock.instant());
    em.persist(export);
    return export;
  }

  /** One of the calling client's exports; another client's is not found. */
  @Requires({})
  @OpenToApiClients
  public BulkExport status(UUID exportId) {
    return own(exportId);
  }

  /** A completed export's files, until they expire. */
  @Requires({})
  @OpenToApiClients
  public List<ExportFile> files(UUID exportId) {
    BulkExport export = own(exportId);
    if (export.getStatus() != ExportStatus.COMPLETE
        || export.expiresAt().map(clock.instant()::isAfter).orElse(true)) {
      throw new NotFoundException("Export files");
    }
    return em.createQuery(
            "select f from ExportFile f where f.exportId = :export order by f.resourceType",
            ExportFile.class)
        .setParameter("export", exportId)
        .getResultList();
  }

  @Requires({})
  @OpenToApiClients
  public ExportFile file(UUID exportId, UUID fileId) {
    return files(exportId).stream()
        .filter(file -> file.getId().equals(fileId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Export file"));
  }

  /** Stops an export and deletes what it wrote. */
  @Transactional
  @Requires({})
  @OpenToApiClients
  public void cancel(UUID exportId) {
    BulkExport export = own(exportId);
    if (export.getStatus() == ExportStatus.CANCELLED) {
      throw new NotFoundException("Export");
    }
    deleteFiles(exportId);
    export.cancel(clock.instant());
  }

  /**
   * The oldest export waiting, or one whose worker stopped answering, now leased to the caller; one
   * that failed {@value #MAX_ATTEMPTS} times is marked failed instead. The portal's own work.
   */
  @Transactional
  @Requires({})
  public Optional<BulkExport> claimNext(Instant now) {
    List<?> ids =
        ClinicSql.query(
                em,
                "select id from bulk_export where status = 'QUEUED'"
                    + " or (status = 'RUNNING' and lease_until < ?1)"
                    + " order by requested_at limit 1 for update skip locked")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    BulkExport export = em.find(BulkExport.class, ClinicSql.uuid(ids.getFirst()));
    if (export.getAttempts() >= MAX_ATTEMPTS) {
      deleteFiles(export.getId());
      export.fail("Stopped after " + MAX_ATTEMPTS + " attempts; ask for the export again.", now);
      return Optional.empty();
    }
    export.start(now.plus(LEASE));
    return Optional.of(export);
  }

  /**
   * A running export's progress; it renews the worker's lease, so a long export is not taken over.
   */
  @Transactional
  @Requires({})
  public void progress(UUID exportId, String text) {
    Optional.ofNullable(em.find(BulkExport.class, exportId))
        .filter(export -> export.getStatus() == ExportStatus.RUNNING)
        .ifPresent(export -> export.progress(text, clock.instant().plus(LEASE)));
  }

  /** Stores the files of a finished run, unless the export was cancelled meanwhile. */
  @Transactional
  @Requires({})
  public void complete(UUID exportId, List<ExportFile> files, Instant now) {
    BulkExport export = em.find(BulkExport.class, exportId);
    if (export == null || export.getStatus() != ExportStatus.RUNNING) {
      return;
    }
    deleteFiles(exportId);
    for (ExportFile file : files) {
      file.belongTo(exportId);
      em.persist(file);
    }
    export.complete(now, now.plus(FILES_KEPT));
  }

  @Transactional
  @Requires({})
  public void fail(UUID exportId, String why, Instant now) {
    Optional.ofNullable(em.find(BulkExport.class, exportId))
        .filter(export -> !export.isFinished())
        .ifPresent(export -> export.fail(why, now));
  }

  /**
   * Deletes the files of exports whose time is up: once expired they are refused anyway, and health
   * information is not kept longer than it serves. The portal's own work, daily.
   */
  @Transactional
  @Requires({})
  public int purgeExpired(Instant now) {
    return em.createQuery(
            "delete from ExportFile f where f.exportId in (select e.id from BulkExport e"
                + " where e.expiresAt < :now)")
        .setParameter("now", now)
        .executeUpdate();
  }

  private BulkExport own(UUID exportId) {
    BulkExport export = exportId == null ? null : em.find(BulkExport.class, exportId);
    if (export == null
        || !export.getApiClientId().equals(caller.requireApiClient().apiClientId())) {
      throw new NotFoundException("Export");
    }
    return export;
  }

  private void deleteFiles(UUID exportId) {
    em.createQuery("delete from ExportFile f where f.exportId = :export")
        .setParameter("export", exportId)
        .executeUpdate();
  }
}
