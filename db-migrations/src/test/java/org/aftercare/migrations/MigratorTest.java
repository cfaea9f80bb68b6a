package org.aftercare.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigratorTest {

  @Test
  void plainRoleNamesPass() {
    assertThat(Migrator.plainRoleName("aftercare_app")).isEqualTo("aftercare_app");
  }

  @Test
  void roleNamesThatCouldCarrySqlAreRefused() {
    assertThatThrownBy(() -> Migrator.plainRoleName("app; drop table tenant"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Migrator.plainRoleName("App"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
