package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The image cannot be built here (no base image can be pulled), so what can be checked is that the
 * recipe and the chart agree: the base, the user the pods run as, the files the build makes, and
 * where the migrations Job looks for the migrator.
 */
class ImageRecipeTest {

  private final String recipe = read(Path.of("image/Containerfile"));
  private final RenderedChart release = RenderedChart.withDefaults();

  @Test
  void runsOnTheTemurin25JreAsTheChartsUser() {
    Map<String, Object> pod = at(release.one("Deployment"), "spec", "template", "spec");

    assertThat(recipe).containsPattern("(?m)^FROM eclipse-temurin:25-jre$");
    assertThat(recipe)
        .containsPattern(
            "(?m)^USER "
                + at(pod, "securityContext", "runAsUser")
                + ":"
                + at(pod, "securityContext", "runAsGroup")
                + "$");
  }

  @Test
  void copiesWhatThePortalsBuildProduces() {
    String portalBuild = read(Path.of("../aftercare-ui/pom.xml"));

    assertThat(portalBuild)
        .contains("<finalName>ROOT</finalName>")
        .contains("<finalName>aftercare</finalName>")
        .contains("<classifier>launcher</classifier>")
        .contains("<arg value=\"${project.build.directory}/payara\"/>")
        .contains("<arg value=\"--outputlauncher\"/>")
        .contains("payara/launch-micro.jar")
        .contains("<unzip src=\"${project.build.directory}/ROOT.war\"")
        .contains("dest=\"${project.build.directory}/ROOT\"/>")
        .contains("<move todir=\"${project.build.directory}/portal-lib\">")
        .contains("to=\"../portal-lib/*\"");
    assertThat(recipe)
        .contains("COPY aftercare-launcher.jar /opt/aftercare/")
        .contains("COPY ROOT/ /opt/aftercare/ROOT/")
        .contains("COPY portal-lib/ /opt/aftercare/portal-lib/")
        .contains("COPY lib/ /opt/aftercare/lib/")
        .contains("COPY payara/ /opt/aftercare/payara/")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/aftercare/aftercare-launcher.jar\"]");
  }

  @Test
  void theMigrationsJobFindsTheMigratorWhereTheImagePutsIt() {
    List<Map<String, Object>> containers =
        at(release.one("Job"), "spec", "template", "spec", "containers");
    List<String> command = at(containers.get(0), "command");
    String classPath = command.get(command.indexOf("-cp") + 1);

    assertThat(classPath).isEqualTo("/opt/aftercare/portal-lib/*");
    assertThat(recipe).contains("COPY portal-lib/ /opt/aftercare/portal-lib/");
  }

  @Test
  void theImageAndThePodAgreeOnTheLaunchersDataFolder() {
    Map<String, Object> portal = PortalDeploymentTest.portalContainer(release.one("Deployment"));
    String dataFolder =
        ((List<Map<String, Object>>) at(portal, "env"))
            .stream()
                .filter(variable -> "AFTERCARE_DATA_DIR".equals(variable.get("name")))
                .map(variable -> (String) variable.get("value"))
                .findFirst()
                .orElseThrow();

    assertThat(recipe)
        .contains("AFTERCARE_DATA_DIR=" + dataFolder)
        .contains("--home-dir " + dataFolder);
  }

  /**
   * Run alone or in the chart, the portal's JVM gets the image's own options (the argument file the
   * build puts beside the launcher) first and the sizing after them.
   */
  @Test
  void theImageAndThePodGiveTheJvmTheSameOptions() {
    Map<String, Object> portal = PortalDeploymentTest.portalContainer(release.one("Deployment"));
    Map<String, String> env =
        ((List<Map<String, Object>>) at(portal, "env"))
            .stream()
                .filter(variable -> variable.get("value") != null)
                .collect(
                    java.util.stream.Collectors.toMap(
                        variable -> (String) variable.get("name"),
                        variable -> (String) variable.get("value")));

    assertThat(read(Path.of("../aftercare-ui/pom.xml")))
        .contains("<copy file=\"${project.basedir}/src/main/launcher/jvm.options\"")
        .contains("todir=\"${project.build.directory}\"/>");
    assertThat(read(Path.of("../aftercare-ui/src/main/launcher/jvm.options")))
        .contains("-XX:G1PeriodicGCInterval=")
        .contains("-XX:TrimNativeHeapInterval=")
        .contains("-XX:Tier4InvocationThreshold=");
    assertThat(recipe).contains("COPY jvm.options /opt/aftercare/");
    assertThat(env.get("JDK_JAVA_OPTIONS"))
        .isEqualTo(
            "@/opt/aftercare/jvm.options -XX:AOTCache=/opt/aftercare/aot/aftercare.aot"
                + " -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError");
    // The cache the training run writes, with the options every start has (AotCacheIT).
    assertThat(recipe)
        .contains(
            "java @/opt/aftercare/jvm.options"
                + " -XX:AOTCacheOutput=/opt/aftercare/aot/aftercare.aot \\\n"
                + "        -jar /opt/aftercare/aftercare-launcher.jar --demo --exit-when-ready");
    assertThat(env).doesNotContainKey("JAVA_TOOL_OPTIONS");
    assertThat(recipe)
        .contains("JDK_JAVA_OPTIONS=\"" + env.get("JDK_JAVA_OPTIONS") + "\"")
        .contains("MALLOC_ARENA_MAX=" + env.get("MALLOC_ARENA_MAX"));
  }

  /** The migrations Job runs on the portal's image, but not with the portal's JVM options. */
  @Test
  void theMigrationsJobReplacesThePortalsJvmOptions() {
    List<Map<String, Object>> containers =
        at(release.one("Job"), "spec", "template", "spec", "containers");
    List<Map<String, Object>> env = at(containers.get(0), "env");

    assertThat(env)
        .anySatisfy(
            variable -> {
              assertThat(variable.get("name")).isEqualTo("JDK_JAVA_OPTIONS");
              assertThat((String) variable.get("value")).doesNotContain("jvm.options");
            });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file.toAbsolutePath(), e);
    }
  }
}
