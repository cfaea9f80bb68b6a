package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.parser.IParser;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.Caller;
import org.aftercare.apiclients.ApiAccess;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.attendance.Attendance;
import org.aftercare.integrations.fhir.AdherenceBundles;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.integrations.fhir.PulledResources.Attended;
import org.aftercare.integrations.fhir.PulledResources.ConsentTerms;
import org.aftercare.platform.Draining;
import org.aftercare.platform.StartupState;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.BulkExport;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.ExportFile;
import org.aftercare.sharing.PulledClient;
import org.aftercare.sharing.PulledRecord;
import org.aftercare.sharing.PulledRecords;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.DomainResource;

/**
 * Runs Bulk Data exports on every instance: each claims the next waiting export of each clinic,
 * reads it as the API client that asked (the same consent checks and disclosures as any read) and
 * stores one NDJSON file per resource type. A run cut off by a restart leaves a lapsed lease that
 * the next run takes up. Bean-managed transactions, so that no transaction wraps the loop over
 * clinics (see {@code ClinicTimers}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class BulkExportWorker {

  private static final Logger LOG = Logger.getLogger(BulkExportWorker.class.getName());

  /** An export reaches back one year at most, or to {@code _since}. */
  static final int YEAR = 365;

  @Inject Clock clock;
  @Inject BulkExports exports;
  @Inject PulledRecords records;
  @Inject ApiAccess access;
  @Inject Caller caller;
  @Inject TenantService clinics;
  @Inject TenantContext tenantContext;
  @Inject StartupState startupState;
  @Inject Draining draining;

  @Inject
  @ConfigProperty(name = "aftercare.timers.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void everyTenSeconds() {
    if (enabled && startupState.isStarted()) {
      draining.unlessDraining(() -> runDue(clock.instant()));
    }
  }

  /** Runs every export waiting in any clinic; the number run. Tests choose the moment. */
  @ActivateRequestContext
  public int runDue(Instant now) {
    int ran = 0;
    for (UUID clinic : clinics.activeIds()) {
      Optional<BulkExport> next;
      while ((next = tenantContext.callAs(clinic, () -> exports.claimNext(now))).isPresent()) {
        run(clinic, next.get(), now);
        ran++;
      }
    }
    return ran;
  }

  private void run(UUID clinic, BulkExport export, Instant now) {
    try {
      Optional<ApiClient> client =
          caller.callAsPortal(clinic, () -> access.usableClient(export.getApiClientId()));
      if (client.isEmpty()) {
        caller.callAsPortal(
            clinic, () -> fail(export, "The API client was disabled or removed.", now));
        return;
      }
      var asClient =
          new ApiCaller(
              clinic, client.get().getId(), client.get().getName(), client.get().scopes());
      List<ExportFile> files = caller.callAsApiClient(asClient, () -> write(clinic, export));
      caller.callAsPortal(
          clinic,
          () -> {
            exports.complete(export.getId(), files, clock.instant());
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Bulk export " + export.getId() + " failed", e);
      caller.callAsPortal(clinic, () -> fail(export, "The export failed: " + e.getMessage(), now));
    }
  }

  private Void fail(BulkExport export, String why, Instant now) {
    exports.fail(export.getId(), why, now);
    return null;
  }

  /** Reads each client as the API client, one disclosure each, into one file per type. */
  private List<ExportFile> write(UUID clinic, BulkExport export) {
    LocalDate today = records.today();
    LocalDate from =
        export
            .since()
            .map(since -> LocalDate.ofInstant(since, java.time.ZoneOffset.UTC))
            .filter(day -> day.isAfter(today.minusDays(YEAR)))
            .orElse(today.minusDays(YEAR));
    List<PulledClient> clients = records.toExport(export.groupId());
    Map<String, Lines> byType = new LinkedHashMap<>();
    export.types().forEach(type -> byType.put(type, new Lines()));
    IParser json = AdherenceBundles.fhirContext().newJsonParser().setPrettyPrint(false);
    String notice = Disclosures.redisclosureNotice();
    int done = 0;
    for (PulledClient shared : clients) {
      PulledRecord record;
      try {
        record = records.everything(shared.clientId(), from, today);
      } catch (NotFoundException noLongerShared) {
        // The consent ended while the export ran: the client is left out.
        continue;
      }
      for (DomainResource resource : resourcesOf(record, export, notice)) {
        Lines lines = byType.get(resource.fhirType());
        if (lines != null) {
          lines.add(json.encodeResourceToString(resource));
        }
      }
      if (++done % 100 == 0) {
        String progress = done + " of " + clients.size() + " clients";
        caller.callAsPortal(
            clinic,
            () -> {
              exports.progress(export.getId(), progress);
              return null;
            });
      }
    }
    List<ExportFile> files = new ArrayList<>();
    byType.forEach(
        (type, lines) -> {
          if (lines.count > 0) {
            files.add(new ExportFile(type, lines.count, lines.text.toString()));
          }
        });
    return files;
  }

  private static List<DomainResource> resourcesOf(
      PulledRecord record, BulkExport export, String notice) {
    List<DomainResource> resources = new ArrayList<>();
    resources.add(PulledResources.patient(record.client(), notice));
    resources.addAll(PulledResources.summary(record.client().clientId(), record.summary()));
    for (Attendance attendance : record.attendance()) {
      if (export.since().map(since -> attendance.getRecordedAt().isBefore(since)).orElse(false)) {
        continue;
      }
      Attended attended = Attended.of(attendance);
      resources.add(PulledResources.appointment(attended, notice));
      PulledResources.encounter(attended, notice).ifPresent(resources::add);
    }
    resources.add(PulledResources.consent(ConsentTerms.of(record.client()), notice));
    return resources;
  }

  /** One NDJSON file being written. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();
    private int count;

    void add(String line) {
      text.append(line).append('\n');
      count++;
    }
  }
}
