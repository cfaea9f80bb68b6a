package org.aftercare.bench;

import static org.aftercare.testing.ClientBuilder.aClient;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.identity.AccountService;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.Deployments;
import org.aftercare.testing.TwoClinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sign-in flood against one account while a clinician pages through clients, on the running
 * portal's domain (Payara Micro, the real pool of 32 connections, PBKDF2 at 600,000 rounds): 200
 * wrong-password attempts from 50 threads, and one clinician turning pages of 25 clients until the
 * flood is over. Prints the clinician's page times and the most connections in use at once; run by
 * {@code bench/sign-in-flood}, never by the test run (the name does not end in IT).
 */
@ExtendWith(ArquillianExtension.class)
class SignInFloodBench {

  private static final int ATTEMPTS = 200;
  private static final int THREADS = 50;
  private static final int CLIENTS = 300;
  private static final int POOL = 32;

  @Deployment
  static WebArchive deployment() {
    return Deployments.domain();
  }

  @Inject AccountService accounts;
  @Inject ClientService clients;
  @Inject ClinicFixtures fixtures;
  @Inject ClinicThreads threads;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  @Test
  void clinicianKeepsPagingThroughASignInFlood() throws Exception {
    var clinic = TwoClinics.register(clinicRecords, tenantContext);
    UUID clinician = clinic.asClinicA(() -> fixtures.clinician("Pat Pager").getId());
    String target = clinic.asClinicA(() -> fixtures.clinician("Flooded Account").getEmail());
    clinic.asClinicA(
        () -> {
          for (int i = 0; i < CLIENTS; i++) {
            clients.add(aClient().named("Client " + i).build());
          }
          return null;
        });

    var floodOver = new AtomicBoolean();
    var mostConnectionsInUse = new AtomicLong();
    var rows = new ClinicRows(dataSource, clinic.clinicA());
    Thread sampler =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!floodOver.get()) {
                    mostConnectionsInUse.accumulateAndGet(
                        rows.count(
                            "select count(*) from pg_stat_activity where usename = current_user"
                                + " and state <> 'idle' and pid <> pg_backend_pid()"),
                        Math::max);
                  }
                });
    List<Long> pageNanos = Collections.synchronizedList(new ArrayList<>());
    Callable<?> pager =
        () ->
            threads.callAs(
                clinic.clinicA(),
                () -> {
                  int page = 0;
                  while (!floodOver.get() || pageNanos.size() < 20) {
                    int offset = (page++ % (CLIENTS / 25)) * 25;
                    long start = System.nanoTime();
                    fixtures.as(
                        clinician,
                        () ->
                            clients.search(
                                new ClientSearch(
                                    "", ClientSearch.SortBy.DISPLAY_NAME, true, offset, 25)));
                    pageNanos.add(System.nanoTime() - start);
                  }
                  return null;
                });
    List<Callable<?>> work = new ArrayList<>();
    work.add(pager);
    var next = new AtomicLong();
    for (int t = 0; t < THREADS; t++) {
      work.add(
          () ->
              threads.callAs(
                  clinic.clinicA(),
                  () -> {
                    while (next.getAndIncrement() < ATTEMPTS) {
                      accounts.signIn(target, "wrong guess " + UUID.randomUUID());
                    }
                    return null;
                  }));
    }
    long started = System.nanoTime();
    // The pager turns pages until the last attempting thread is done.
    List<Object> outcomes = AtOnce.outcomesOf(withFloodEnd(work, floodOver));
    sampler.join();
    double seconds = (System.nanoTime() - started) / 1e9;

    List<Long> sorted = new ArrayList<>(pageNanos);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "sign-in flood: %d attempts from %d threads in %.1f s (%d outcomes); clinician pages: %d,"
            + " p50 %d ms, p95 %d ms (target < 1000), max %d ms; most connections in use at once:"
            + " %d of %d; load %s%n",
        ATTEMPTS,
        THREADS,
        seconds,
        outcomes.size(),
        sorted.size(),
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 1.0),
        mostConnectionsInUse.get(),
        POOL,
        Files.readString(Path.of("/proc/loadavg")).trim());
  }

  /** The flood's work, with the flag set when every attempt has been made. */
  private static List<Callable<?>> withFloodEnd(List<Callable<?>> work, AtomicBoolean floodOver) {
    var remaining = new AtomicLong(work.size() - 1);
    List<Callable<?>> wrapped = new ArrayList<>();
    wrapped.add(work.getFirst());
    for (Callable<?> attempts : work.subList(1, work.size())) {
      wrapped.add(
          () -> {
            try {
              return attempts.call();
            } finally {
              if (remaining.decrementAndGet() == 0) {
                floodOver.set(true);
              }
            }
          });
    }
    return wrapped;
  }

  private static long millis(List<Long> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return Duration.ofNanos(sorted.get(Math.max(0, index))).toMillis();
  }
}
