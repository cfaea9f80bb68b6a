package org.aftercare.launcher;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.migrations.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build moves the libraries Payara need not scan out of the launcher's {@code ROOT/WEB-INF/lib}
 * into {@code portal-lib/}, which {@code payara-web.xml} gives to the portal's class loader (see
 * the exploded-portal execution in the pom). A jar moved there is invisible to CDI's bean
 * discovery, the servlet container's initialisers and annotations, JAX-RS's scanning and the static
 * resources of {@code META-INF/resources}: these tests fail when a library that needs any of them
 * lands there. The chart's migrations Job runs the standalone migrator on {@code portal-lib/}
 * alone.
 */
class PortalLibrariesIT {

  private static final Path TARGET = Path.of("target");
  private static final Path PORTAL = TARGET.resolve("ROOT");
  private static final Path MOVED = TARGET.resolve("portal-lib");

  /** What a jar holds when the container must read it in WEB-INF/lib. */
  private static final List<String> NEEDS_SCANNING_ENTRIES =
      List.of(
          "META-INF/beans.xml",
          "META-INF/web-fragment.xml",
          "META-INF/services/jakarta.servlet.ServletContainerInitializer",
          "META-INF/services/jakarta.enterprise.inject.spi.Extension",
          "META-INF/services/jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension",
          "META-INF/resources/");

  /** Annotations (as a class file names them) that make a class something the container finds. */
  private static final Pattern FOUND_BY_THE_CONTAINER =
      Pattern.compile(
          "Ljakarta/(enterprise/context/([A-Za-z]+Scoped|Dependent)|enterprise/inject/(Stereotype|Model)"
              + "|inject/Singleton|decorator/Decorator|interceptor/Interceptor|ejb/[A-Za-z]+"
              + "|servlet/annotation/(WebServlet|WebFilter|WebListener|HandlesTypes)"
              + "|ws/rs/(Path|ApplicationPath|ext/Provider)|persistence/(Entity|Embeddable)"
              + "|websocket/server/ServerEndpoint);");

  @Test
  void theClassLoaderIsGivenEveryMovedLibraryAndNoOther() throws IOException {
    List<String> moved = jarsIn(MOVED);
    String descriptor = Files.readString(PORTAL.resolve("WEB-INF/payara-web.xml"));
    var extraClassPath =
        Pattern.compile("extra-class-path=\"([^\"]*)\"").matcher(descriptor).results().toList();

    assertThat(moved).as("jars in " + MOVED).hasSizeGreaterThan(30);
    assertThat(extraClassPath).as("extra-class-path in payara-web.xml").hasSize(1);
    List<String> named = Arrays.asList(extraClassPath.get(0).group(1).split(":"));
    assertThat(named).allSatisfy(path -> assertThat(PORTAL.resolve(path)).isRegularFile());
    assertThat(named)
        .containsExactlyInAnyOrderElementsOf(
            moved.stream().map(jar -> "../portal-lib/" + jar).toList());
    assertThat(jarsIn(PORTAL.resolve("WEB-INF/lib")))
        .as("jars left to scan")
        .doesNotContainAnyElementsOf(moved)
        .anyMatch(jar -> jar.startsWith("tenant-core-"))
        .anyMatch(jar -> jar.startsWith("vaadin-cdi-"));
  }

  @Test
  void noMovedLibraryHoldsWhatTheContainerLooksFor() throws IOException {
    List<String> found = new ArrayList<>();
    for (String jar : jarsIn(MOVED)) {
      try (ZipFile zip = new ZipFile(MOVED.resolve(jar).toFile())) {
        zip.stream()
            .filter(entry -> needsScanning(zip, entry))
            .limit(3)
            .forEach(entry -> found.add(jar + "!/" + entry.getName()));
      }
    }
    assertThat(found).as("moved libraries that need scanning in WEB-INF/lib").isEmpty();
  }

  /** What the chart's migrations Job runs in the image, here on this build's portal-lib/. */
  @Test
  void theMigratorRunsOnTheMovedLibrariesAlone(@TempDir Path folder) throws Exception {
    try (var database = EmbeddedDatabase.startThrowaway(folder.resolve("postgres"))) {
      DatabaseLogin owner = database.owner();
      var job =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElseThrow(),
                  "-cp",
                  MOVED.toAbsolutePath() + "/*",
                  "org.aftercare.migrations.Migrator")
              .redirectErrorStream(true);
      job.environment().put("AFTERCARE_DB_URL", owner.url());
      job.environment().put("AFTERCARE_DB_OWNER_USER", owner.user());
      job.environment().put("AFTERCARE_DB_OWNER_PASSWORD", owner.password());
      job.environment().put("AFTERCARE_DB_USER", database.app().user());
      Process running = job.start();
      String output = new String(running.getInputStream().readAllBytes(), UTF_8);

      assertThat(running.waitFor()).as(output).isZero();
      assertThat(output).contains("Schema is current");
      try (Connection connection = owner.connect()) {
        assertThat(Migrator.pendingChangeSets(connection)).isEmpty();
      }
    }
  }

  private static boolean needsScanning(ZipFile zip, ZipEntry entry) {
    String name = entry.getName();
    if (NEEDS_SCANNING_ENTRIES.stream().anyMatch(name::startsWith)) {
      return true;
    }
    if (!name.endsWith(".class")) {
      return false;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return FOUND_BY_THE_CONTAINER.matcher(new String(in.readAllBytes(), ISO_8859_1)).find();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + name + " in " + zip.getName(), e);
    }
  }

  private static List<String> jarsIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".jar"))
          .sorted()
          .toList();
    }
  }
}
