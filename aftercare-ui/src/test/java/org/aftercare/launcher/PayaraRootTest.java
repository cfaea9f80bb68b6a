package org.aftercare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraRootTest {

  @TempDir Path unpacked;

  /** What {@code payara-micro.jar --outputlauncher} and the build leave in {@code payara/}. */
  private void unpack() throws Exception {
    Files.createDirectories(unpacked.resolve("config/branding"));
    Files.writeString(unpacked.resolve("config/domain.xml"), "<domain/>");
    Files.writeString(unpacked.resolve("config/branding/version.properties"), "v=7");
    Files.writeString(unpacked.resolve("config/logging.properties"), "handlers=console");
    Files.createDirectories(unpacked.resolve("runtime"));
    Files.writeString(unpacked.resolve("runtime/payara-micro-core.jar"), "jar");
    Files.createDirectories(unpacked.resolve("lib/install/applications"));
    Files.createDirectories(unpacked.resolve("docroot"));
    Files.writeString(unpacked.resolve("launch-micro.jar"), "jar");
    Files.writeString(unpacked.resolve("payara-boot.properties"), "product.name=Payara Micro\n");
  }

  @Test
  void aStartWritesItsOwnConfigurationAndLeavesTheUnpackedRuntimeAsItWas() throws Exception {
    unpack();

    try (PayaraRoot root = PayaraRoot.freshFrom(unpacked)) {
      Path directory = root.directory();
      assertThat(directory).isNotEqualTo(unpacked);
      assertThat(directory.resolve("config/branding/version.properties")).hasContent("v=7");
      assertThat(Files.isSymbolicLink(directory.resolve("config/domain.xml"))).isFalse();
      assertThat(directory.resolve("runtime/payara-micro-core.jar")).hasContent("jar");
      assertThat(Files.isSymbolicLink(directory.resolve("runtime"))).isTrue();

      Files.writeString(directory.resolve("config/domain.xml"), "<domain listener='off'/>");
      Files.writeString(root.loggingProperties(), "handlers=json");

      assertThat(unpacked.resolve("config/domain.xml")).hasContent("<domain/>");
      assertThat(unpacked.resolve("config/logging.properties")).hasContent("handlers=console");
      assertThat(root.bootProperties()).containsEntry("product.name", "Payara Micro");
    }
  }

  @Test
  void twoStartsGetTwoDirectoriesAndStoppingRemovesOnlyItsOwn() throws Exception {
    unpack();
    PayaraRoot first = PayaraRoot.freshFrom(unpacked);
    PayaraRoot second = PayaraRoot.freshFrom(unpacked);

    first.close();

    assertThat(first.directory()).doesNotExist();
    assertThat(second.directory().resolve("config/domain.xml")).exists();
    assertThat(unpacked.resolve("runtime/payara-micro-core.jar")).hasContent("jar");
    assertThat(unpacked.resolve("launch-micro.jar")).exists();
    second.close();
  }

  @Test
  void aLauncherWithoutTheUnpackedRuntimeSaysWhatIsMissing() {
    assertThatThrownBy(() -> PayaraRoot.freshFrom(unpacked))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Payara Micro is not unpacked in " + unpacked);
  }
}
