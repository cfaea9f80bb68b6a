package org.aftercare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void defaultsAreEmbeddedDatabaseInDataOnPort8080WithoutDemo() {
    var options = LaunchOptions.from(new String[0], Map.of());

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(options.demo()).isFalse();
    assertThat(options.externalDatabaseUrl()).isEmpty();
    assertThat(options.operatorEmail()).isEmpty();
    assertThat(options.exitWhenReady()).isFalse();
  }

  @Test
  void exitWhenReadyIsRecognised() {
    var options = LaunchOptions.from(new String[] {"--demo", "--exit-when-ready"}, Map.of());

    assertThat(options.exitWhenReady()).isTrue();
  }

  @Test
  void flagsWinOverEnvironment() {
    var env = Map.of("AFTERCARE_PORT", "9000", "AFTERCARE_DATA_DIR", "/srv/env");

    var options =
        LaunchOptions.from(new String[] {"--port=9100", "--data-dir=/srv/flag", "--demo"}, env);

    assertThat(options.port()).isEqualTo(9100);
    assertThat(options.dataDirectory()).isEqualTo(Path.of("/srv/flag"));
    assertThat(options.demo()).isTrue();
  }

  @Test
  void environmentSelectsDemoAndAnExternalDatabase() {
    var env =
        Map.of("AFTERCARE_DEMO", "true", "AFTERCARE_DB_URL", "jdbc:postgresql://db:5432/aftercare");

    var options = LaunchOptions.from(new String[0], env);

    assertThat(options.demo()).isTrue();
    assertThat(options.externalDatabaseUrl()).contains("jdbc:postgresql://db:5432/aftercare");
  }

  @Test
  void aLockedOutOperatorIsUnlockedFromTheCommandLine() {
    var options =
        LaunchOptions.from(new String[] {"--unlock-operator=ops@platform.example"}, Map.of());

    assertThat(options.operatorToUnlock()).contains("ops@platform.example");
    assertThat(options.operatorEmail()).isEmpty();
  }

  @Test
  void unknownFlagIsRefusedWithTheListOfOptions() {
    assertThatThrownBy(() -> LaunchOptions.from(new String[] {"--dmeo"}, Map.of()))
        .hasMessageContaining("--dmeo")
        .hasMessageContaining("--demo");
  }
}
