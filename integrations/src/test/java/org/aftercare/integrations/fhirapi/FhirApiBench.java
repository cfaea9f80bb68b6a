package org.aftercare.integrations.fhirapi;

import static org.aftercare.testing.GroupBuilder.aGroup;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.aftercare.access.ApiScope;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.groups.GroupService;
import org.aftercare.identity.Account;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.ConsentPurpose;
import org.aftercare.sharing.ConsentRequest;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures for the FHIR API (run by {@code bench/fhir-api}, not by the test run): a clinic whose
 * clients all consented to an EHR that pulls, with a year of weekly attendance; then the Bulk Data
 * export of them all (resources written per second), and {@value #READERS} EHR connections at once
 * searching patients by record number and reading measure reports (p50 and p95). Prints one line.
 */
@ExtendWith(ArquillianExtension.class)
class FhirApiBench {

  private static final int CLIENTS = 1_000;
  private static final int WEEKS = 52;
  private static final int READERS = 20;
  private static final int READS_EACH = 50;

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject ApiClients apiClients;
  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject GroupService groups;
  @Inject BulkExportWorker worker;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;
  @Inject HttpServletRequest runnerRequest;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  @Test
  void exportThroughputAndReadLatency() throws Exception {
    var clinics = TwoClinics.register(clinicRecords, tenantContext);
    var ehr =
        new Ehr(
            "http://localhost:"
                + runnerRequest.getLocalPort()
                + runnerRequest.getContextPath()
                + "/fhir");
    String allScopes =
        String.join(" ", List.of(ApiScope.values()).stream().map(ApiScope::value).toList());
    Account clinician = clinics.asClinicA(() -> fixtures.clinician("Bench Clinician"));
    ehr.clientId =
        clinics
            .asClinicA(
                () ->
                    apiClients.save(
                        null,
                        new ApiClientDetails(
                            "Bench EHR",
                            "Bench Health",
                            null,
                            ehr.publicJwks(),
                            Set.of(allScopes.split(" ")))))
            .getId();
    long seeding = System.nanoTime();
    List<UUID> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int n = i;
      clients.add(
          clinics.asClinicA(
              () -> {
                var client = fixtures.client("Bench Client " + n);
                var recipient =
                    careTeams.addRecipient(
                        client.getId(),
                        RecipientDetails.pulling(ehr.clientId, "Bench practice", null, "MRN-" + n));
                fixtures.as(
                    clinician.getId(),
                    () ->
                        consents.recordPaper(
                            client.getId(),
                            new ConsentRequest(
                                recipient.getId(),
                                null,
                                ConsentPurpose.TREATMENT,
                                null,
                                SharedData.ATTENDANCE_AND_CHECK_INS,
                                null,
                                null,
                                "Bench Client " + n)));
                return client.getId();
              }));
    }
    var group =
        clinics.asClinicA(
            () ->
                groups.create(
                    aGroup().named("Bench group").withCapacity(500).build(),
                    Set.of(clinician.getId())));
    seedAYearOfAttendance(new ClinicRows(dataSource, clinics.clinicA()), group.getId());
    double seedSeconds = (System.nanoTime() - seeding) / 1e9;

    String token = ehr.token(allScopes);
    long exporting = System.nanoTime();
    var kickOff = ehr.kickOff("/Patient/$export", token);
    worker.runDue(Instant.now());
    var manifest =
        ehr.getUrl(kickOff.headers().firstValue("Content-Location").orElseThrow(), token).body();
    double exportSeconds = (System.nanoTime() - exporting) / 1e9;
    long resources =
        ehr.outputOf(manifest).values().stream()
            .mapToLong(url -> ehr.getUrl(url, token).body().lines().count())
            .sum();

    List<Long> searches = Collections.synchronizedList(new ArrayList<>());
    List<Long> reports = Collections.synchronizedList(new ArrayList<>());
    try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        String own = ehr.token(allScopes);
        running.add(
            readers.submit(
                () -> {
                  for (int i = 0; i < READS_EACH; i++) {
                    int n = ThreadLocalRandom.current().nextInt(CLIENTS);
                    searches.add(timed(() -> ehr.get("/Patient?identifier=MRN-" + n, own)));
                    reports.add(
                        timed(
                            () ->
                                ehr.get(
                                    "/MeasureReport?patient="
                                        + clients.get(n)
                                        + "&date=ge"
                                        + java.time.LocalDate.now().minusDays(364),
                                    own)));
                  }
                }));
      }
      for (Future<?> reader : running) {
        reader.get();
      }
    }
    System.out.printf(
        "fhir api: %d clients, %d attendance rows seeded in %.0f s; export of %d resources in"
            + " %.1f s = %.0f resources/s; %d readers at once: Patient?identifier p50 %d ms p95 %d"
            + " ms, MeasureReport (a year) p50 %d ms p95 %d ms; load average %.2f%n",
        CLIENTS,
        (long) CLIENTS * WEEKS,
        seedSeconds,
        resources,
        exportSeconds,
        resources / exportSeconds,
        READERS,
        percentile(searches, 50),
        percentile(searches, 95),
        percentile(reports, 50),
        percentile(reports, 95),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Every client enrolled, 52 weekly sessions held, and each recorded as set-based SQL. */
  private static void seedAYearOfAttendance(ClinicRows rows, UUID group) {
    rows.update(
        "insert into enrollment (id, tenant_id, group_id, client_id, status, requested_at,"
            + " enrolled_at, ground_rules_accepted_at)"
            + " select gen_random_uuid(), c.tenant_id, ?, c.id, 'ENROLLED',"
            + " now() - interval '400 days', now() - interval '400 days',"
            + " now() - interval '400 days' from client c"
            + " where not exists (select 1 from enrollment e where e.client_id = c.id and e.group_id = ?)",
        group,
        group);
    rows.update(
        "insert into group_session (id, tenant_id, group_id, occurrence, starts_at, ends_at)"
            + " select gen_random_uuid(), current_setting('app.tenant_id')::uuid, ?,"
            + " now() - make_interval(weeks => w), now() - make_interval(weeks => w),"
            + " now() - make_interval(weeks => w) + interval '90 minutes'"
            + " from generate_series(1, "
            + WEEKS
            + ") w",
        group);
    rows.update(
        "insert into attendance (id, tenant_id, session_id, client_id, status, recorded_at)"
            + " select gen_random_uuid(), s.tenant_id, s.id, e.client_id,"
            + " (array['PRESENT','PRESENT','PRESENT','LATE','ABSENT','EXCUSED'])[1 + floor(random() * 6)::int],"
            + " s.ends_at from group_session s join enrollment e on e.group_id = s.group_id"
            + " where s.group_id = ? and s.starts_at < now()",
        group);
  }

  private static long timed(Runnable request) {
    long started = System.nanoTime();
    request.run();
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static long percentile(List<Long> samples, int percent) {
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
  }
}
