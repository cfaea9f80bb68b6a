package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Riverside's clinic admin reads the audit trail the demo and a clinician left, narrows it, checks
 * the hash chain and exports what is shown; a clinician may not open the audit log.
 */
class AuditBrowserIT extends PortalBrowserTest {

  @Test
  void clinicAdminFiltersVerifiesAndExportsTheAuditLog() {
    String name = "Audit " + UUID.randomUUID().toString().substring(0, 6);
    var clinicianBrowser = browsers.open();
    var clinician =
        new LoginPage(clinicianBrowser, portal).signIn("riverside", "clinician@riverside.example");
    String recordUrl =
        clinician.openClients().add(name, "Audit Example", "audit@example.org").url();
    String recordId = recordUrl.substring(recordUrl.lastIndexOf('/') + 1);
    clinician.signOut();

    var browser = browsers.open();
    var admin = new LoginPage(browser, portal).signIn("riverside", "admin@riverside.example");
    assertThat(admin.menu()).contains("Audit log");
    var log = admin.openAuditLog();
    assertThat(log.shows("Client created")).isTrue();
    assertThat(log.verifyChain()).contains("Chain intact");
    browser.screenshot("audit-log");

    log.filterByRecord(recordId);
    // Created, then opened: the record, its engagement, its attendance and its standard measures'
    // results are each a read.
    assertThat(log.countOnceItReads("5 entries")).isEqualTo("5 entries");
    assertThat(log.rowsWith("Client created")).isEqualTo(1);
    assertThat(log.rowsWith("Engagement viewed")).isEqualTo(1);
    assertThat(log.rowsWith("Attendance viewed")).isEqualTo(1);
    assertThat(log.rowsWith("Measure results viewed")).isEqualTo(1);
    assertThat(log.shows("clinician@riverside.example")).isTrue();
    log.filterByAction("Client viewed");
    assertThat(log.countOnceItReads("1 entry")).isEqualTo("1 entry");
    assertThat(log.rowsWith("Client created")).isZero();
    assertThat(log.csvHref()).isNotBlank();
    List<String> csv = log.downloadCsv().lines().toList();
    assertThat(csv.getFirst()).startsWith("sequence,occurred_at,actor,action,");
    assertThat(csv.subList(1, csv.size()))
        .singleElement()
        .asString()
        .contains(",clinician@riverside.example,CLIENT_VIEWED,Client," + recordId);
    browser.screenshot("audit-log-filtered");
  }

  @Test
  void clinicianSeesNoAuditLogMenuAndIsDeniedTheAddress() {
    var browser = browsers.open();
    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");

    assertThat(clinician.menu()).doesNotContain("Audit log");
    browser.go(portal.url("/audit"));
    assertThat(browser.find(By.id("access-denied")).getText()).contains("Access denied");
  }
}
