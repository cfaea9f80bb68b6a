package org.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void newIdsAreVersionSevenWithTheRfcVariant() {
    UUID id = Identifiers.newId();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void idsMadeLaterSortAfterEarlierOnes() throws InterruptedException {
    UUID earlier = Identifiers.newId();
    Thread.sleep(3);

    UUID later = Identifiers.newId();

    assertThat(later.getMostSignificantBits() >>> 16)
        .isGreaterThan(earlier.getMostSignificantBits() >>> 16);
  }

  @Test
  void tenThousandIdsAreDistinct() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Identifiers.newId());
    }

    assertThat(new HashSet<>(ids)).hasSize(ids.size());
  }
}
