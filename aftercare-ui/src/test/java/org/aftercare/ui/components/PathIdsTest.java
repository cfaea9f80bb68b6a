package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathIdsTest {

  @Test
  void onlyAnIdAfterTheSlashIsOne() {
    UUID id = UUID.randomUUID();

    assertThat(PathIds.in("/" + id)).contains(id);
    assertThat(PathIds.in(null)).isEmpty();
    assertThat(PathIds.in("/")).isEmpty();
    assertThat(PathIds.in("/not-an-id")).isEmpty();
    assertThat(PathIds.in("/" + id + "/more")).isEmpty();
  }
}
