package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several portal instances get a disruption budget, and autoscaling an autoscaler that owns the
 * replica count; a single instance gets neither, since a budget would block every node drain.
 */
class ScalingTest {

  @Test
  void twoFixedInstancesGetABudgetAndNoAutoscaler() {
    RenderedChart release = RenderedChart.with(Map.of("replicaCount", 2));

    assertThat((Integer) at(release.one("Deployment"), "spec", "replicas")).isEqualTo(2);
    assertThat((Integer) at(release.one("PodDisruptionBudget"), "spec", "maxUnavailable"))
        .isEqualTo(1);
    assertThat(release.ofKind("HorizontalPodAutoscaler")).isEmpty();
  }

  @Test
  void oneInstanceGetsNeitherBudgetNorAutoscaler() {
    RenderedChart release = RenderedChart.with(Map.of("replicaCount", 1));

    assertThat((Integer) at(release.one("Deployment"), "spec", "replicas")).isEqualTo(1);
    assertThat(release.ofKind("PodDisruptionBudget")).isEmpty();
    assertThat(release.ofKind("HorizontalPodAutoscaler")).isEmpty();
  }

  @Test
  void autoscalingOwnsTheReplicaCountAndKeepsABudget() {
    RenderedChart release =
        RenderedChart.with(
            Map.of(
                "autoscaling.enabled", true,
                "autoscaling.minReplicas", 3,
                "autoscaling.maxReplicas", 8));

    Map<String, Object> autoscaler = release.one("HorizontalPodAutoscaler");
    assertThat((Integer) at(autoscaler, "spec", "minReplicas")).isEqualTo(3);
    assertThat((Integer) at(autoscaler, "spec", "maxReplicas")).isEqualTo(8);
    assertThat((String) at(autoscaler, "spec", "scaleTargetRef", "name"))
        .isEqualTo(at(release.one("Deployment"), "metadata", "name"));
    assertThat((Map<String, Object>) at(release.one("Deployment"), "spec"))
        .doesNotContainKey("replicas");
    assertThat(release.ofKind("PodDisruptionBudget")).hasSize(1);
  }

  @Test
  void autoscalingDownToOneInstanceHasNoBudget() {
    RenderedChart release =
        RenderedChart.with(Map.of("autoscaling.enabled", true, "autoscaling.minReplicas", 1));

    assertThat(release.ofKind("HorizontalPodAutoscaler")).hasSize(1);
    assertThat(release.ofKind("PodDisruptionBudget")).isEmpty();
  }

  @Test
  void theBudgetCoversThePortalPodsOnly() {
    RenderedChart release = RenderedChart.withDefaults();

    assertThat((Map<String, Object>) at(release.one("PodDisruptionBudget"), "spec", "selector"))
        .isEqualTo(at(release.one("Deployment"), "spec", "selector"));
  }

  @Test
  void theProductionExampleAutoscalesFromThreeInstances() {
    RenderedChart release = RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES);

    assertThat((Integer) at(release.one("HorizontalPodAutoscaler"), "spec", "minReplicas"))
        .isEqualTo(3);
    assertThat(release.ofKind("PodDisruptionBudget")).hasSize(1);
  }
}
