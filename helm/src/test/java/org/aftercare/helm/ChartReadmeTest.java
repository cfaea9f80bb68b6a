package org.aftercare.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The chart's README documents every value in values.yaml, and no value that is not there. */
class ChartReadmeTest {

  /** Values that are maps of the user's own keys, documented as one row rather than key by key. */
  private static final Set<String> FREE_FORM =
      Set.of(
          "config",
          "annotations",
          "podAnnotations",
          "podLabels",
          "nodeSelector",
          "affinity",
          "namespaceSelector",
          "podSelector",
          "resources");

  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([A-Za-z0-9.]+)` \\|");

  @Test
  void everyValueHasARowInTheValuesTable() throws IOException {
    Map<String, Object> values =
        new Yaml().load(Files.readString(RenderedChart.CHART.resolve("values.yaml")));
    List<String> documented = documentedValues();

    assertThat(documented).containsExactlyInAnyOrderElementsOf(valuePaths(values, ""));
  }

  private static List<String> documentedValues() throws IOException {
    String readme = Files.readString(RenderedChart.CHART.resolve("README.md"));
    String table = readme.substring(readme.indexOf("## Values"), readme.indexOf("## Known limits"));
    List<String> rows = new ArrayList<>();
    Matcher row = TABLE_ROW.matcher(table);
    while (row.find()) {
      rows.add(row.group(1));
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static List<String> valuePaths(Map<String, Object> values, String prefix) {
    List<String> paths = new ArrayList<>();
    values.forEach(
        (key, value) -> {
          String path = prefix + key;
          if (value instanceof Map<?, ?> nested && !nested.isEmpty() && !FREE_FORM.contains(key)) {
            paths.addAll(valuePaths((Map<String, Object>) nested, path + "."));
          } else {
            paths.add(path);
          }
        });
    return paths;
  }
}
