package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ingress sends every request of a browser to the instance that holds its Vaadin UI state, by a
 * cookie of its own, and serves the portal's host over TLS.
 */
class IngressTest {

  @Test
  void sessionsStickToTheirInstanceByCookie() {
    Map<String, Object> annotations =
        at(RenderedChart.withDefaults().one("Ingress"), "metadata", "annotations");

    assertThat(annotations)
        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
        .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
        .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "aftercare-route")
        .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true")
        .containsEntry("nginx.ingress.kubernetes.io/session-cookie-samesite", "Lax");
  }

  @Test
  void theProductionExampleKeepsAffinityBesideItsOwnAnnotations() {
    Map<String, Object> annotations =
        at(
            RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES).one("Ingress"),
            "metadata",
            "annotations");

    assertThat(annotations)
        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
        .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
  }

  @Test
  void anotherControllerGetsNoNginxAnnotations() {
    RenderedChart release =
        RenderedChart.with(
            Map.of(
                "ingress.stickySessions.nginx",
                false,
                "ingress.className",
                "traefik",
                "service.annotations.traefik\\.ingress\\.kubernetes\\.io/service\\.sticky\\.cookie\\.name",
                "aftercare-route"));

    assertThat((Map<String, Object>) release.one("Ingress").get("metadata"))
        .extractingByKey("annotations")
        .satisfiesAnyOf(
            annotations -> assertThat(annotations).isNull(),
            annotations ->
                assertThat(((Map<String, Object>) annotations).keySet())
                    .noneMatch(key -> key.startsWith("nginx.ingress")));
    assertThat((Map<String, Object>) at(release.one("Service"), "metadata", "annotations"))
        .containsEntry(
            "traefik.ingress.kubernetes.io/service.sticky.cookie.name", "aftercare-route");
  }

  @Test
  void theHostIsServedOverTlsByThePortalService() {
    RenderedChart release = RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES);
    Map<String, Object> ingress = release.one("Ingress");

    List<Map<String, Object>> tls = at(ingress, "spec", "tls");
    assertThat(tls)
        .containsExactly(
            Map.of(
                "hosts",
                List.of("care.clinic-network.example"),
                "secretName",
                "care-clinic-network-tls"));
    List<Map<String, Object>> rules = at(ingress, "spec", "rules");
    assertThat(rules).singleElement().extracting("host").isEqualTo("care.clinic-network.example");
    List<Map<String, Object>> paths = at(rules.get(0), "http", "paths");
    assertThat(paths).singleElement().extracting("path").isEqualTo("/");
    assertThat((String) at(paths.get(0), "backend", "service", "name"))
        .isEqualTo(at(release.one("Service"), "metadata", "name"));
  }

  @Test
  void noIngressWhenTurnedOff() {
    assertThat(RenderedChart.with(Map.of("ingress.enabled", false)).ofKind("Ingress")).isEmpty();
  }
}
