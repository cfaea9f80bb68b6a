package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void daysAreTheClinicsDaysFromMidnightToMidnight() {
    var filter =
        AuditFilter.forDays(
            "", "", null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15), CHICAGO);

    assertThat(filter.occurredFrom()).isEqualTo(Instant.parse("2026-01-15T06:00:00Z"));
    assertThat(filter.occurredBefore()).isEqualTo(Instant.parse("2026-01-16T06:00:00Z"));
  }

  @Test
  void theDayClocksSpringForwardIsTwentyThreeHoursLong() {
    var filter =
        AuditFilter.forDays(
            "", "", null, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8), CHICAGO);

    assertThat(Duration.between(filter.occurredFrom(), filter.occurredBefore()))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void missingValuesDoNotFilterAndTextIsTidied() {
    var filter = AuditFilter.forDays(null, "  0190F1C2-AB  ", null, null, null, CHICAGO);

    assertThat(filter.actor()).isEmpty();
    assertThat(filter.objectId()).isEqualTo("0190f1c2-ab");
    assertThat(filter.occurredFrom()).isNull();
    assertThat(filter.occurredBefore()).isNull();
    assertThat(AuditFilter.any()).isEqualTo(new AuditFilter(null, null, null, null, null));
  }
}
