package org.aftercare.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart rendered by {@code helm template}, as the manifests a cluster would receive, hooks
 * included.
 *
 * <p>helm-java's {@code template} returns the release's manifest without its hooks (the CLI prints
 * both), and the migrations Job is a hook. So the chart is rendered from a copy in {@code target/}
 * whose templates spell the hook annotations under another name, which Helm leaves in the manifest;
 * the rendered text gets the real name back before it is read. Nothing else differs.
 */
final class RenderedChart {

  static final Path CHART = Path.of("aftercare");
  private static final String HOOK_ANNOTATION = "helm.sh/hook";
  private static final String HOOK_IN_DISGUISE = "rendered.aftercare.test/hook";
  private static final Path CHART_WITH_VISIBLE_HOOKS = Path.of("target/chart-with-visible-hooks");
  static final Path PRODUCTION_VALUES = CHART.resolve("examples/production-values.yaml");
  static final Path CLOUDNATIVEPG_VALUES = CHART.resolve("examples/cloudnativepg-values.yaml");

  /** The oldest Kubernetes the chart declares (Chart.yaml kubeVersion). */
  private static final String KUBE_VERSION = "1.27.0";

  private static boolean copied;

  private final List<Map<String, Object>> manifests;

  private RenderedChart(List<Map<String, Object>> manifests) {
    this.manifests = manifests;
  }

  /** Renders with the chart's defaults, then the given values files, then the {@code --set}s. */
  static RenderedChart render(List<Path> valuesFiles, Map<String, Object> sets) {
    return parse(template(valuesFiles, sets).call().replace(HOOK_IN_DISGUISE, HOOK_ANNOTATION));
  }

  static RenderedChart withDefaults() {
    return render(List.of(), Map.of());
  }

  static RenderedChart with(Map<String, Object> sets) {
    return render(List.of(), sets);
  }

  static RenderedChart withValuesFile(Path valuesFile) {
    return render(List.of(valuesFile), Map.of());
  }

  /** Renders with values written out as YAML, for types {@code --set} cannot express. */
  static RenderedChart withValuesYaml(String yaml) {
    return withValuesFile(writeValues(yaml));
  }

  static TemplateCommand template(List<Path> valuesFiles, Map<String, Object> sets) {
    TemplateCommand template =
        new Helm(chartWithVisibleHooks())
            .template()
            .withName("aftercare")
            .withNamespace("aftercare");
    template.withKubeVersion(KUBE_VERSION);
    valuesFiles.forEach(template::withValuesFile);
    sets.forEach(template::set);
    return template;
  }

  private static synchronized Path chartWithVisibleHooks() {
    if (copied) {
      return CHART_WITH_VISIBLE_HOOKS;
    }
    deleteEarlierCopy();
    try (Stream<Path> files = Files.walk(CHART)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = CHART_WITH_VISIBLE_HOOKS.resolve(CHART.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, Files.readString(file).replace(HOOK_ANNOTATION, HOOK_IN_DISGUISE));
      }
      copied = true;
      return CHART_WITH_VISIBLE_HOOKS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteEarlierCopy() {
    if (!Files.exists(CHART_WITH_VISIBLE_HOOKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(CHART_WITH_VISIBLE_HOOKS)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writeValues(String yaml) {
    try {
      Path file = Files.createTempFile("aftercare-values", ".yaml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static RenderedChart parse(String rendered) {
    var manifests = new ArrayList<Map<String, Object>>();
    for (Object document : new Yaml().loadAll(rendered)) {
      if (document != null) {
        manifests.add((Map<String, Object>) document);
      }
    }
    return new RenderedChart(manifests);
  }

  List<Map<String, Object>> all() {
    return manifests;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return manifests.stream().filter(manifest -> kind.equals(manifest.get("kind"))).toList();
  }

  Map<String, Object> one(String kind) {
    List<Map<String, Object>> found = ofKind(kind);
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + kind + ", rendered " + found.size());
    }
    return found.get(0);
  }

  /** Every pod template: the portal's Deployment and the migrations Job, by the manifest's name. */
  Map<String, Map<String, Object>> podTemplates() {
    var templates = new LinkedHashMap<String, Map<String, Object>>();
    for (Map<String, Object> manifest : manifests) {
      if (List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(manifest.get("kind"))) {
        templates.put(
            manifest.get("kind") + "/" + at(manifest, "metadata", "name"),
            at(manifest, "spec", "template"));
      }
    }
    return templates;
  }

  /** The value at a path of map keys; fails the test where a step is missing. */
  @SuppressWarnings("unchecked")
  static <T> T at(Map<String, Object> manifest, String... path) {
    Object here = manifest;
    for (String key : path) {
      if (!(here instanceof Map<?, ?> map) || !map.containsKey(key)) {
        throw new AssertionError("No " + String.join(".", path) + " in " + manifest);
      }
      here = map.get(key);
    }
    return (T) Objects.requireNonNull(here, String.join(".", path));
  }

  /** The value at a path, or null where a step is missing. */
  @SuppressWarnings("unchecked")
  static <T> T find(Map<String, Object> manifest, String... path) {
    Object here = manifest;
    for (String key : path) {
      if (!(here instanceof Map<?, ?> map)) {
        return null;
      }
      here = map.get(key);
    }
    return (T) here;
  }

  /** The containers of a pod template, init containers first. */
  static List<Map<String, Object>> containers(Map<String, Object> podTemplate) {
    var all = new ArrayList<Map<String, Object>>();
    List<Map<String, Object>> init = find(podTemplate, "spec", "initContainers");
    if (init != null) {
      all.addAll(init);
    }
    all.addAll(at(podTemplate, "spec", "containers"));
    return all;
  }
}
