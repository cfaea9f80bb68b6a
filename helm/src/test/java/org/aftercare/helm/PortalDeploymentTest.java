package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal's Deployment as Kubernetes runs it: the three MicroProfile Health probes Payara Micro
 * serves, updates that never take an instance away before its successor is ready, and a stop that
 * leaves the ingress time to let go and the portal its 25 s drain.
 */
class PortalDeploymentTest {

  private static final int PORTAL_DRAIN_SECONDS = 25;

  private final Map<String, Object> deployment = RenderedChart.withDefaults().one("Deployment");
  private final Map<String, Object> portal = portalContainer(deployment);

  @Test
  void probesAskPayaraMicrosHealthEndpoints() {
    assertThat((String) at(portal, "startupProbe", "httpGet", "path")).isEqualTo("/health/started");
    assertThat((String) at(portal, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
    assertThat((String) at(portal, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat((Object) at(portal, probe, "httpGet", "port")).as(probe).isEqualTo("http");
    }
    assertThat((List<Map<String, Object>>) at(portal, "ports"))
        .containsExactly(Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"));
  }

  @Test
  void aSlowFirstStartIsNotKilledByTheLivenessProbe() {
    int startupBudget =
        (Integer) at(portal, "startupProbe", "periodSeconds")
            * (Integer) at(portal, "startupProbe", "failureThreshold");

    assertThat(startupBudget).as("seconds a start may take").isGreaterThanOrEqualTo(120);
  }

  @Test
  void rollingUpdatesNeverRemoveAnInstanceFirst() {
    assertThat((String) at(deployment, "spec", "strategy", "type")).isEqualTo("RollingUpdate");
    assertThat((Integer) at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"))
        .isZero();
  }

  @Test
  void theGracePeriodCoversTheIngressLettingGoAndTheDrain() {
    List<String> preStop = at(portal, "lifecycle", "preStop", "exec", "command");
    int sleep = Integer.parseInt(preStop.get(1));
    int grace = at(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds");

    assertThat(preStop.get(0)).isEqualTo("sleep");
    assertThat(sleep).isPositive();
    assertThat(grace).isGreaterThan(sleep + PORTAL_DRAIN_SECONDS);
  }

  @Test
  void memoryIsRequestedAndCapped() {
    assertThat((String) at(portal, "resources", "requests", "memory")).isEqualTo("512Mi");
    assertThat((String) at(portal, "resources", "limits", "memory")).isEqualTo("1Gi");
    assertThat((String) at(portal, "resources", "requests", "cpu")).isNotBlank();
  }

  @Test
  void theLauncherGetsItsPortAndAWritableDataFolder() {
    List<Map<String, Object>> env = at(portal, "env");

    assertThat(env)
        .contains(
            Map.of("name", "AFTERCARE_PORT", "value", "8080"),
            Map.of("name", "AFTERCARE_DATA_DIR", "value", "/var/lib/aftercare"));
    assertThat((List<Map<String, Object>>) at(portal, "volumeMounts"))
        .contains(Map.of("name", "data", "mountPath", "/var/lib/aftercare"));
  }

  @Test
  void theServiceAccountCarriesNoToken() {
    Map<String, Object> account = RenderedChart.withDefaults().one("ServiceAccount");

    assertThat(account).containsEntry("automountServiceAccountToken", false);
    assertThat((String) at(deployment, "spec", "template", "spec", "serviceAccountName"))
        .isEqualTo(at(account, "metadata", "name"));
  }

  static Map<String, Object> portalContainer(Map<String, Object> deployment) {
    List<Map<String, Object>> containers = at(deployment, "spec", "template", "spec", "containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }
}
