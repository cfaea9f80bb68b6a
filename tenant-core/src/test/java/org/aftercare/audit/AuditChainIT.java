package org.aftercare.audit;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftercare.clients.ClientService;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The hash chain in the real database: appended, verified, tampered with, appended concurrently.
 */
class AuditChainIT extends DeployedDomain {

  @Inject AuditService audit;
  @Inject ChainKey chainKey;
  @Inject AuditChainVerifier verifier;
  @Inject ClinicThreads clinicThreads;
  @Inject ClientService clients;
  @Resource UserTransaction transaction;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void chainOfSeveralEntriesVerifies() {
    appendForClinicA(6);

    var result = clinics.asClinicA(verifier::verify);
    var newestFirst = clinics.asClinicA(() -> audit.search(AuditFilter.any(), 0, 10));

    assertThat(result.ok()).isTrue();
    assertThat(result.rowsChecked()).isEqualTo(6);
    assertThat(newestFirst)
        .extracting(AuditEvent::getSequence)
        .containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    assertThat(newestFirst.getLast().getPreviousHash()).isEqualTo(AuditChain.GENESIS_HASH);
    assertThat(newestFirst.getFirst().getPreviousHash()).isEqualTo(newestFirst.get(1).getHash());
  }

  @Test
  void entryChangedByHandIsTheFirstBrokenLink() throws SQLException {
    appendForClinicA(5);

    asOwnerOfClinicA("update audit_event set actor = 'mallory@example.org' where sequence = 3");
    var result = clinics.asClinicA(verifier::verify);

    assertThat(result.ok()).isFalse();
    assertThat(result.rowsChecked()).isEqualTo(3);
    var broken = result.firstBreak().orElseThrow();
    assertThat(broken.sequence()).isEqualTo(3);
    assertThat(broken.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    assertThat(broken.eventId()).isEqualTo(entryAt(3).getId());
  }

  @Test
  void entryChangedAndRehashedByHandBreaksTheLinkAfterIt() throws SQLException {
    appendForClinicA(4);
    var original = entryAt(2);
    var forged = byMallory(original, chainKey);

    asOwnerOfClinicA(
        "update audit_event set actor = 'mallory@example.org', hash = '%s' where sequence = 2"
            .formatted(forged.getHash()));
    var result = clinics.asClinicA(verifier::verify);

    assertThat(result.firstBreak())
        .get()
        .extracting(ChainBreak::sequence, ChainBreak::reason)
        .containsExactly(3L, ChainBreak.Reason.PREVIOUS_HASH_MISMATCH);
  }

  /**
   * Database access alone cannot re-hash a keyed entry: changed and re-hashed with plain SHA-256
   * (all the key's absence allows), the entry is caught, however the entries after it are linked.
   */
  @Test
  void entryRehashedWithoutTheKeyIsCaught() throws SQLException {
    appendForClinicA(4);
    var original = entryAt(2);
    var forged = byMallory(original, ChainKey.NONE);

    asOwnerOfClinicA(
        ("update audit_event set actor = 'mallory@example.org', hash = '%s', hash_kind = 'SHA256'"
                + " where sequence = 2")
            .formatted(forged.getHash()));
    var result = clinics.asClinicA(verifier::verify);

    assertThat(original.getHashKind()).isEqualTo(AuditEvent.HashKind.HMAC);
    assertThat(result.firstBreak())
        .get()
        .extracting(ChainBreak::sequence, ChainBreak::reason)
        .containsExactly(2L, ChainBreak.Reason.UNKEYED_AFTER_KEYED);
  }

  @Test
  void entryDeletedByHandIsAGap() throws SQLException {
    appendForClinicA(4);

    asOwnerOfClinicA("delete from audit_event where sequence = 2");
    var result = clinics.asClinicA(verifier::verify);

    var broken = result.firstBreak().orElseThrow();
    assertThat(broken.reason()).isEqualTo(ChainBreak.Reason.GAP);
    assertThat(broken.sequence()).isEqualTo(3);
    assertThat(broken.expectedSequence()).isEqualTo(2);
  }

  @Test
  void anotherClinicsChainIsUntouchedByTampering() throws SQLException {
    appendForClinicA(2);
    clinics.asClinicB(() -> append(3));

    asOwnerOfClinicA("update audit_event set actor = 'mallory@example.org' where sequence = 1");

    assertThat(clinics.asClinicA(verifier::verify).ok()).isFalse();
    assertThat(clinics.asClinicB(verifier::verify))
        .extracting(ChainVerification::ok, ChainVerification::rowsChecked)
        .containsExactly(true, 3L);
  }

  @Test
  void concurrentAppendsForOneClinicKeepOneUnbrokenChain() throws Exception {
    int perThread = 300;
    var start = new CountDownLatch(1);
    List<Future<Integer>> writers = new ArrayList<>();
    for (int thread = 0; thread < 2; thread++) {
      writers.add(
          executor.submit(
              () -> {
                start.await();
                return clinicThreads.callAs(clinics.clinicA(), () -> append(perThread));
              }));
    }

    start.countDown();
    for (Future<Integer> writer : writers) {
      assertThat(writer.get(3, TimeUnit.MINUTES)).isEqualTo(perThread);
    }

    // 600 entries: the verifier reads more than one page.
    var result = clinics.asClinicA(verifier::verify);
    assertThat(result.firstBreak()).isEmpty();
    assertThat(result.rowsChecked()).isEqualTo(2L * perThread);
    assertThat(clinics.asClinicA(() -> audit.search(AuditFilter.any(), 0, 1)))
        .extracting(AuditEvent::getSequence)
        .containsExactly(2L * perThread);
  }

  /**
   * One transaction records an entry and then waits for a client's row; the other holds that row
   * and records an entry. With the chain lock taken at the first entry, each waited for the other
   * (a deadlock, one of them rolled back, as 20 facilitators saving rosters found); taken at
   * commit, the second commits first and the first follows.
   */
  @Test
  void entriesOfTransactionsWaitingForOneRowDoNotDeadlock() throws Exception {
    UUID client = clinics.asClinicA(() -> clients.add(aClient().named("Row Lock").build())).getId();
    // Counted in SQL: the verifier's non-transactional persistence context, once opened on this
    // thread, was found closed after the managed executor's tasks had run (a whole test run).
    long entriesBefore = rowsOfClinicA().count("select count(*) from audit_event");
    var firstRecorded = new CountDownLatch(1);
    var rowHeld = new CountDownLatch(1);
    Future<String> first =
        executor.submit(
            () ->
                inTransactionOfClinicA(
                    () -> {
                      append(1);
                      firstRecorded.countDown();
                      await(rowHeld);
                      return clients.findLocked(client).orElseThrow().getDisplayName();
                    }));
    Future<String> second =
        executor.submit(
            () ->
                inTransactionOfClinicA(
                    () -> {
                      await(firstRecorded);
                      String name = clients.findLocked(client).orElseThrow().getDisplayName();
                      rowHeld.countDown();
                      append(1);
                      return name;
                    }));

    assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo("Row Lock");
    assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo("Row Lock");
    var result = clinics.asClinicA(verifier::verify);
    assertThat(result.firstBreak()).isEmpty();
    assertThat(result.rowsChecked()).isEqualTo(entriesBefore + 2);
  }

  @Test
  void clinicWithNoEntriesHasAnIntactEmptyChain() {
    var result = clinics.asClinicB(verifier::verify);

    assertThat(result.ok()).isTrue();
    assertThat(result.rowsChecked()).isZero();
  }

  private <T> T inTransactionOfClinicA(Callable<T> work) {
    return clinicThreads.callAs(
        clinics.clinicA(),
        () -> {
          try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
  }

  private void appendForClinicA(int entries) {
    clinics.asClinicA(() -> append(entries));
  }

  private int append(int entries) {
    for (int i = 0; i < entries; i++) {
      audit.record(AuditAction.CLIENT_VIEWED, "Client", UUID.randomUUID(), AuditOutcome.SUCCESS);
    }
    return entries;
  }

  private AuditEvent entryAt(long sequence) {
    var newestFirst =
        clinics.asClinicA(() -> audit.search(AuditFilter.any(), 0, AuditService.MAX_PAGE));
    return newestFirst.stream().filter(e -> e.getSequence() == sequence).findFirst().orElseThrow();
  }

  /**
   * What someone with the schema owner's password could do; the application role has no UPDATE or
   * DELETE on the trail. Row-level security is forced on the owner too, so it enters the clinic.
   */
  private void asOwnerOfClinicA(String sql) throws SQLException {
    try (Connection owner = TestDatabase.owner().connect()) {
      try (var enter = owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
        enter.setString(1, clinics.clinicA().toString());
        enter.execute();
      }
      try (var change = owner.createStatement()) {
        assertThat(change.executeUpdate(sql)).as(sql).isEqualTo(1);
      }
    }
  }

  /** The entry with Mallory as its actor, linked where it was and hashed under {@code key}. */
  private AuditEvent byMallory(AuditEvent original, ChainKey key) {
    var forged =
        new AuditEvent(
            original.getId(),
            original.getOccurredAt(),
            "mallory@example.org",
            original.getAction(),
            original.getObjectType(),
            original.getObjectId(),
            original.getOutcome(),
            original.getSourceAddress(),
            original.getRequestId());
    forged.link(clinics.clinicA(), original.getSequence(), original.getPreviousHash(), key);
    return forged;
  }
}
