package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The portal's pods accept traffic from the ingress controller alone and reach out only to name
 * lookups, PostgreSQL, the SMTP server and care teams' HTTPS endpoints; the migrations reach
 * PostgreSQL and name lookups only, under a policy that is in place before the Job starts.
 */
class NetworkPolicyTest {

  private final RenderedChart release = RenderedChart.withDefaults();
  private final Map<String, Object> portalPolicy = policyNamed(release, "aftercare");

  @Test
  void thePolicyCoversThePortalPodsInBothDirections() {
    assertThat((Map<String, Object>) at(portalPolicy, "spec", "podSelector"))
        .isEqualTo(at(release.one("Deployment"), "spec", "selector"));
    assertThat((List<String>) at(portalPolicy, "spec", "policyTypes"))
        .containsExactlyInAnyOrder("Ingress", "Egress");
  }

  @Test
  void onlyTheIngressControllerReachesThePortal() {
    List<Map<String, Object>> ingress = at(portalPolicy, "spec", "ingress");

    assertThat(ingress).hasSize(1);
    List<Map<String, Object>> from = at(ingress.get(0), "from");
    assertThat(from)
        .containsExactly(
            Map.of(
                "namespaceSelector",
                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                "podSelector",
                Map.of("matchLabels", Map.of("app.kubernetes.io/name", "ingress-nginx"))));
    assertThat((List<Map<String, Object>>) at(ingress.get(0), "ports"))
        .containsExactly(Map.of("port", "http", "protocol", "TCP"));
  }

  @Test
  void thePortalReachesDnsPostgresqlSmtpAndHttpsOnly() {
    assertThat(egressPorts(portalPolicy))
        .containsExactlyInAnyOrder("53/UDP", "53/TCP", "5432/TCP", "587/TCP", "443/TCP");
  }

  @Test
  void migrationsReachDnsAndPostgresqlOnly() {
    Map<String, Object> policy = policyNamed(release, "aftercare-migrations");

    Map<String, Object> selected = at(policy, "spec", "podSelector", "matchLabels");
    Map<String, Object> jobPods = at(release.one("Job"), "spec", "template", "metadata", "labels");
    assertThat(selected).containsEntry("app.kubernetes.io/component", "migrations");
    assertThat(jobPods).containsAllEntriesOf(selected);
    assertThat(egressPorts(policy)).containsExactlyInAnyOrder("53/UDP", "53/TCP", "5432/TCP");
    assertThat((Map<String, Object>) at(policy, "metadata", "annotations"))
        .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
        .containsEntry("helm.sh/hook-weight", "-10")
        .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
  }

  @Test
  void theCloudNativePgExampleReachesTheClustersPodsOnly() {
    RenderedChart cloudNativePg = RenderedChart.withValuesFile(RenderedChart.CLOUDNATIVEPG_VALUES);

    Map<String, Object> postgresRule = egressRuleFor(policyNamed(cloudNativePg, "aftercare"), 5432);
    assertThat((List<Map<String, Object>>) at(postgresRule, "to"))
        .containsExactly(
            Map.of(
                "podSelector", Map.of("matchLabels", Map.of("cnpg.io/cluster", "aftercare-pg"))));
  }

  @Test
  void theProductionExampleAddsItsMllpReceiver() {
    RenderedChart production = RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES);

    assertThat(egressPorts(policyNamed(production, "aftercare"))).contains("2575/TCP");
  }

  private static Map<String, Object> policyNamed(RenderedChart release, String name) {
    return release.ofKind("NetworkPolicy").stream()
        .filter(policy -> name.equals(at(policy, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No NetworkPolicy " + name));
  }

  private static List<String> egressPorts(Map<String, Object> policy) {
    List<Map<String, Object>> egress = at(policy, "spec", "egress");
    return egress.stream()
        .flatMap(rule -> ((List<Map<String, Object>>) at(rule, "ports")).stream())
        .map(port -> port.get("port") + "/" + port.get("protocol"))
        .toList();
  }

  private static Map<String, Object> egressRuleFor(Map<String, Object> policy, int port) {
    List<Map<String, Object>> egress = at(policy, "spec", "egress");
    return egress.stream()
        .filter(
            rule ->
                ((List<Map<String, Object>>) at(rule, "ports"))
                    .stream().anyMatch(entry -> Objects.equals(entry.get("port"), port)))
        .findFirst()
        .orElseThrow();
  }
}
