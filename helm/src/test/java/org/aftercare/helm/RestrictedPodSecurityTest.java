package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.aftercare.helm.RenderedChart.containers;
import static org.aftercare.helm.RenderedChart.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pod the chart starts — the portal and the migrations — meets the restricted Pod Security
 * Standard, with the defaults and with each example's values: runs as a non-root user with a
 * non-zero UID and GID, RuntimeDefault seccomp, no privilege escalation, all capabilities dropped
 * and none added, a read-only root filesystem with emptyDir volumes where Java and Payara Micro
 * write, no host namespaces or host paths, and no service-account token.
 */
class RestrictedPodSecurityTest {

  /** The volume types the restricted profile allows. */
  private static final Set<String> ALLOWED_VOLUME_TYPES =
      Set.of(
          "configMap",
          "csi",
          "downwardAPI",
          "emptyDir",
          "ephemeral",
          "persistentVolumeClaim",
          "projected",
          "secret");

  static Stream<Named<RenderedChart>> releases() {
    return Stream.of(
        Named.of("defaults", RenderedChart.withDefaults()),
        Named.of(
            "production example", RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES)),
        Named.of(
            "CloudNativePG example",
            RenderedChart.withValuesFile(RenderedChart.CLOUDNATIVEPG_VALUES)));
  }

  @ParameterizedTest
  @MethodSource("releases")
  void portalAndMigrationsAreTheOnlyPodTemplates(RenderedChart release) {
    assertThat(release.podTemplates().keySet())
        .containsExactlyInAnyOrder("Deployment/aftercare", "Job/aftercare-migrations");
  }

  @ParameterizedTest
  @MethodSource("releases")
  void everyPodRunsAsAnUnprivilegedUser(RenderedChart release) {
    release
        .podTemplates()
        .forEach(
            (name, pod) -> {
              Map<String, Object> security = at(pod, "spec", "securityContext");

              assertThat(security).as(name).containsEntry("runAsNonRoot", true);
              assertThat((Integer) security.get("runAsUser")).as(name).isPositive();
              assertThat((Integer) security.get("runAsGroup")).as(name).isPositive();
              assertThat((Integer) security.get("fsGroup")).as(name).isPositive();
              assertThat((String) find(pod, "spec", "securityContext", "seccompProfile", "type"))
                  .as(name)
                  .isEqualTo("RuntimeDefault");
              assertThat((Boolean) find(pod, "spec", "automountServiceAccountToken"))
                  .as(name)
                  .isFalse();
              for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
                assertThat((Object) find(pod, "spec", hostNamespace)).as(name).isNotEqualTo(true);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("releases")
  void everyContainerIsLockedDown(RenderedChart release) {
    release
        .podTemplates()
        .forEach(
            (name, pod) -> {
              for (Map<String, Object> container : containers(pod)) {
                String which = name + " container " + container.get("name");
                Map<String, Object> security = at(container, "securityContext");

                assertThat(security).as(which).containsEntry("allowPrivilegeEscalation", false);
                assertThat(security).as(which).containsEntry("readOnlyRootFilesystem", true);
                assertThat(security.get("privileged")).as(which).isNotEqualTo(true);
                assertThat(security.get("runAsUser")).as(which).isNotEqualTo(0);
                assertThat(
                        (List<String>) find(container, "securityContext", "capabilities", "drop"))
                    .as(which)
                    .contains("ALL");
                assertThat((Object) find(container, "securityContext", "capabilities", "add"))
                    .as(which)
                    .isNull();
              }
            });
  }

  @ParameterizedTest
  @MethodSource("releases")
  void writablePlacesAreEmptyDirsAndTmpIsOne(RenderedChart release) {
    release
        .podTemplates()
        .forEach(
            (name, pod) -> {
              List<Map<String, Object>> volumes = at(pod, "spec", "volumes");
              for (Map<String, Object> volume : volumes) {
                assertThat(volume).as(name + " volume " + volume.get("name")).hasSize(2);
                assertThat(ALLOWED_VOLUME_TYPES)
                    .as(name + " volume " + volume.get("name"))
                    .contains(volumeType(volume));
              }
              for (Map<String, Object> container : containers(pod)) {
                List<Map<String, Object>> mounts = at(container, "volumeMounts");
                assertThat(mounts)
                    .as(name + ": Payara Micro unpacks into /tmp")
                    .anySatisfy(
                        mount -> {
                          assertThat(mount).containsEntry("mountPath", "/tmp");
                          assertThat(emptyDirNamed(volumes, (String) mount.get("name"))).isTrue();
                        });
              }
            });
  }

  private static String volumeType(Map<String, Object> volume) {
    return volume.keySet().stream().filter(key -> !key.equals("name")).findFirst().orElseThrow();
  }

  private static boolean emptyDirNamed(List<Map<String, Object>> volumes, String name) {
    return volumes.stream()
        .anyMatch(volume -> name.equals(volume.get("name")) && volume.containsKey("emptyDir"));
  }
}
