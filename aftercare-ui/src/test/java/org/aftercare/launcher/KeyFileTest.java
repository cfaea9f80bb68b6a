package org.aftercare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class KeyFileTest {

  @Test
  void theKeyIsMadeOnceReadableByItsOwnerAloneAndReadBackAfter() throws Exception {
    var file = Files.createTempDirectory("aftercare-key").resolve("data/audit-chain.key");

    String made = KeyFile.readOrCreate(file);

    assertThat(made).hasSizeGreaterThanOrEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(KeyFile.readOrCreate(file)).isEqualTo(made);
  }
}
