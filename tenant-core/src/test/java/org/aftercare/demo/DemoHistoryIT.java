package org.aftercare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.engagement.EngagementFlags;
import org.aftercare.engagement.Flag;
import org.aftercare.engagement.FlagReason;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.Test;

/**
 * Each demo clinic opens on about twelve weeks of its own past: sessions held with rosters taken
 * and a latest one with only the members' own check-ins, daily check-ins that go up and down, one
 * client slipping and flagged (and no one else), support requests with one still open, a mentor's
 * contacts and follow-ups, a full group with a waitlist and a seat on offer, consents and a letter
 * disclosed under one. Seeding again adds nothing.
 */
class DemoHistoryIT extends DeployedDomain {

  /** Every table the demo's history writes to; a second seed must leave each count as it was. */
  private static final String[] TABLES = {
    "group_session",
    "attendance",
    "daily_check_in",
    "mentor_contact",
    "support_alert",
    "outreach_task",
    "enrollment",
    "consent",
    "disclosure",
    "recovery_start_change",
    "account",
    "client",
    "recovery_group"
  };

  @Inject DemoClinics demo;
  @Inject TenantService tenants;
  @Inject EngagementFlags flags;
  @Inject SupportAlerts alerts;

  @Test
  void eachDemoClinicHasTwelveWeeksOfHistoryAndASecondSeedAddsNothing() {
    demo.seed();
    Map<String, Map<String, Long>> before = countsOfEachClinic();

    demo.seed();

    assertThat(countsOfEachClinic()).isEqualTo(before);
    for (DemoClinics.DemoClinic clinic : DemoClinics.CLINICS) {
      assertHistoryOf(clinic);
    }
  }

  private void assertHistoryOf(DemoClinics.DemoClinic clinic) {
    UUID id = tenants.findBySlug(clinic.slug()).orElseThrow().getId();
    ClinicRows rows = new ClinicRows(dataSource, id);
    String name = clinic.slug();

    String held = "from group_session where status = 'SCHEDULED' and ends_at < now()";
    assertThat(rows.count("select count(*) " + held)).as(name + " sessions held").isGreaterThan(30);
    assertThat(rows.count("select extract(day from now() - min(starts_at))::bigint " + held))
        .as(name + " days of history")
        .isBetween(77L, 85L);
    assertThat(rows.count("select count(*) from group_session where status = 'CANCELLED'"))
        .as(name + " a cancelled session")
        .isPositive();
    assertThat(
            rows.count(
                "select count(distinct session_id) from attendance"
                    + " where not self_reported and recorded_by is not null"))
        .as(name + " rosters taken")
        .isGreaterThan(30);
    assertThat(rows.count("select count(distinct status) from attendance"))
        .as(name + " present, late, absent, excused (and some who left early)")
        .isGreaterThanOrEqualTo(4);
    assertThat(rows.count("select count(*) from attendance where self_reported"))
        .as(name + " own check-ins awaiting the facilitator")
        .isPositive();

    assertThat(rows.count("select count(*) from daily_check_in")).isGreaterThan(150);
    assertThat(rows.count("select count(distinct craving) from daily_check_in"))
        .as(name + " cravings vary")
        .isGreaterThanOrEqualTo(6);
    assertThat(rows.count("select count(distinct mood) from daily_check_in"))
        .as(name + " moods vary")
        .isGreaterThanOrEqualTo(4);
    assertThat(rows.count("select count(*) from daily_check_in where used")).isPositive();

    Map<String, Set<FlagReason>> flagged =
        tenantContext.callAs(
            id,
            () ->
                flags.all(Instant.now()).stream()
                    .collect(
                        Collectors.groupingBy(
                            flag -> displayName(rows, flag),
                            Collectors.mapping(Flag::reason, Collectors.toSet()))));
    String slipping = clinic.clients().get(DemoCast.SLIPPING_CLIENT).displayName();
    assertThat(flagged)
        .as(name + " only the slipping client is flagged")
        .containsOnlyKeys(slipping);
    assertThat(flagged.get(slipping)).contains(FlagReason.MISSED_SESSIONS, FlagReason.HIGH_CRAVING);

    assertThat(rows.count("select count(*) from measure_response"))
        .as(name + " results")
        .isEqualTo(17);
    assertThat(rows.count("select count(*) from measure_assignment where next_due <= current_date"))
        .as(name + " nothing to answer today")
        .isZero();
    assertThat(tenantContext.callAs(id, () -> alerts.open())).as(name + " open request").hasSize(1);
    assertThat(rows.count("select count(*) from support_alert where acknowledged_at is not null"))
        .isGreaterThanOrEqualTo(2);
    assertThat(rows.count("select count(*) from mentor_contact")).isGreaterThan(15);
    assertThat(
            rows.count("select count(*) from mentor_contact where follow_up_done_at is not null"))
        .isPositive();
    assertThat(
            rows.count("select count(*) from mentor_contact where follow_up_date > current_date"))
        .as(name + " a follow-up ahead")
        .isPositive();
    assertThat(rows.count("select count(*) from outreach_task where status = 'DONE'")).isEqualTo(2);

    assertThat(rows.count("select count(*) from enrollment where status = 'OFFERED'"))
        .as(name + " a seat offered")
        .isEqualTo(1);
    assertThat(rows.count("select count(*) from enrollment where status = 'WITHDRAWN'"))
        .isEqualTo(1);
    assertThat(rows.count("select count(*) from consent where starts_on < current_date - 60"))
        .as(name + " a consent in force for weeks")
        .isEqualTo(1);
    assertThat(rows.count("select count(*) from disclosure")).as(name + " a letter").isEqualTo(1);
  }

  private static String displayName(ClinicRows rows, Flag flag) {
    return DemoClinics.CLINICS.stream()
        .flatMap(clinic -> clinic.clients().stream())
        .filter(
            client ->
                rows.count(
                        "select count(*) from client where id = ? and display_name = ?",
                        flag.clientId(),
                        client.displayName())
                    == 1)
        .map(DemoClinics.DemoClient::displayName)
        .findFirst()
        .orElse(flag.clientId().toString());
  }

  private Map<String, Map<String, Long>> countsOfEachClinic() {
    return DemoClinics.CLINICS.stream()
        .collect(
            Collectors.toMap(
                DemoClinics.DemoClinic::slug,
                clinic -> {
                  var rows =
                      new ClinicRows(
                          dataSource, tenants.findBySlug(clinic.slug()).orElseThrow().getId());
                  return Arrays.stream(TABLES)
                      .collect(
                          Collectors.toMap(
                              table -> table,
                              table -> rows.count("select count(*) from " + table)));
                }));
  }
}
