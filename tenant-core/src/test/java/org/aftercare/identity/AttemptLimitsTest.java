package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AttemptLimitsTest {

  private static final Instant NINE_AM = Instant.parse("2026-11-30T09:00:10Z");

  @Test
  void anAddressOverItsLimitIsRefusedUntilTheNextMinuteAndOthersGoOn() {
    var limits = limits(NINE_AM);

    assertThat(IntStream.range(0, 3).allMatch(i -> limits.allowSignIn("192.0.2.1", "riverside")))
        .isTrue();
    assertThat(limits.allowSignIn("192.0.2.1", "riverside")).isFalse();
    assertThat(limits.allowSignIn("192.0.2.2", "riverside")).isTrue();

    limits.clock = Clock.fixed(NINE_AM.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
    assertThat(limits.allowSignIn("192.0.2.1", "riverside")).isTrue();
  }

  @Test
  void aClinicOverItsLimitIsRefusedFromEveryAddressAndResetsCountApart() {
    var limits = limits(NINE_AM);

    for (int i = 0; i < 5; i++) {
      assertThat(limits.allowSignIn("198.51.100." + i, "harbor-light")).isTrue();
    }

    assertThat(limits.allowSignIn("198.51.100.99", "harbor-light")).isFalse();
    assertThat(limits.allowSignIn("198.51.100.99", "riverside")).isTrue();
    assertThat(limits.allowReset("198.51.100.99", "harbor-light")).isTrue();
    assertThat(limits.allowReset("198.51.100.99", "harbor-light")).isFalse();
  }

  private static AttemptLimits limits(Instant now) {
    var limits = new AttemptLimits();
    limits.signInsPerAddress = 3;
    limits.signInsPerClinic = 5;
    limits.resetsPerAddress = 1;
    limits.resetsPerClinic = 10;
    limits.clock = Clock.fixed(now, ZoneOffset.UTC);
    return limits;
  }
}
