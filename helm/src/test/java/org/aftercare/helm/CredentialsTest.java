package org.aftercare.helm;

import static org.aftercare.helm.RenderedChart.at;
import static org.aftercare.helm.RenderedChart.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Credentials reach pods only from Secrets the hosting team made: the chart renders no Secret and
 * no ConfigMap with anything secret in it; the schema owner's login goes to the migrations Job and
 * never to a portal pod, which gets the application login, the audit chain key and the sharing key.
 */
class CredentialsTest {

  private static final Pattern SECRET_LIKE =
      Pattern.compile("(?i)password|secret|token|credential|_KEY$|\\.key$|chain-key");

  private final RenderedChart production =
      RenderedChart.withValuesFile(RenderedChart.PRODUCTION_VALUES);

  @Test
  void theChartCreatesNoSecret() {
    assertThat(RenderedChart.withDefaults().ofKind("Secret")).isEmpty();
    assertThat(production.ofKind("Secret")).isEmpty();
  }

  @Test
  void configMapsHoldNoSecretValues() {
    for (RenderedChart release : List.of(RenderedChart.withDefaults(), production)) {
      for (Map<String, Object> configMap : release.ofKind("ConfigMap")) {
        Map<String, Object> data = at(configMap, "data");

        assertThat(data.keySet()).noneMatch(key -> SECRET_LIKE.matcher(key).find());
        assertThat(data.values())
            .map(String::valueOf)
            .noneMatch(value -> SECRET_LIKE.matcher(value).find());
      }
    }
  }

  @Test
  void thePortalReadsItsSettingsUnderMicroProfileConfigNames() {
    Map<String, Object> data = at(production.one("ConfigMap"), "data");

    assertThat(data)
        .containsEntry(
            "AFTERCARE_DB_URL",
            "jdbc:postgresql://aftercare.abc123.eu-central-1.rds.example:5432/aftercare"
                + "?sslmode=verify-full")
        .containsEntry("AFTERCARE_PUBLIC_URL", "https://care.clinic-network.example")
        .containsEntry("AFTERCARE_LOG_FORMAT", "json")
        .containsEntry("AFTERCARE_SESSION_SECURE_COOKIE", "true")
        .containsEntry("AFTERCARE_MAIL_SMTP_HOST", "smtp.clinic-network.example")
        .containsEntry("AFTERCARE_MAIL_SMTP_PORT", "587")
        .containsEntry("AFTERCARE_MAIL_SMTP_STARTTLS", "true")
        .containsEntry("AFTERCARE_SETUP_OPERATOR_EMAIL", "platform@clinic-network.example")
        .containsEntry("AFTERCARE_SESSION_STAFF_IDLE", "PT15M")
        .containsEntry("AFTERCARE_SHARING_PARALLEL_DELIVERIES", "8");
  }

  @Test
  void thePortalGetsTheAppLoginAndKeysFromSecrets() {
    Map<String, String> fromSecrets = secretEnv(production.one("Deployment"));

    assertThat(fromSecrets)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "AFTERCARE_DB_USER", "aftercare-db-app/username",
                "AFTERCARE_DB_PASSWORD", "aftercare-db-app/password",
                "AFTERCARE_AUDIT_CHAIN_KEY", "aftercare-keys/audit-chain-key",
                "AFTERCARE_SHARING_SECRET_KEY", "aftercare-keys/sharing-secret-key",
                "AFTERCARE_MAIL_SMTP_USERNAME", "aftercare-smtp/username",
                "AFTERCARE_MAIL_SMTP_PASSWORD", "aftercare-smtp/password",
                "AFTERCARE_SETUP_OPERATOR_PASSWORD", "aftercare-first-operator/password"));
  }

  @Test
  void thePortalNeverReceivesTheOwnerLogin() {
    for (RenderedChart release :
        List.of(
            RenderedChart.withDefaults(),
            production,
            RenderedChart.withValuesFile(RenderedChart.CLOUDNATIVEPG_VALUES))) {
      Map<String, Object> deployment = release.one("Deployment");
      String ownerSecret = ownerSecretOf(release);

      assertThat(secretEnv(deployment).keySet()).noneMatch(name -> name.contains("OWNER"));
      assertThat(deployment.toString()).doesNotContain(ownerSecret);
      for (Map<String, Object> configMap : release.ofKind("ConfigMap")) {
        assertThat(configMap.toString()).doesNotContain(ownerSecret).doesNotContain("OWNER");
      }
    }
  }

  @Test
  void migrationsRunAsAHookBeforeInstallAndUpgradeWithTheOwnerLogin() {
    Map<String, Object> job = production.one("Job");
    Map<String, Object> annotations = at(job, "metadata", "annotations");

    assertThat(annotations)
        .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
        .containsEntry("helm.sh/hook-weight", "0")
        .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
    assertThat(secretEnv(job))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "AFTERCARE_DB_OWNER_USER", "aftercare-db-owner/username",
                "AFTERCARE_DB_OWNER_PASSWORD", "aftercare-db-owner/password",
                "AFTERCARE_DB_USER", "aftercare-db-app/username"));
    Map<String, Object> migrations = migrationsContainer(job);
    assertThat((List<String>) at(migrations, "command"))
        .containsExactly(
            "java", "-cp", "/opt/aftercare/portal-lib/*", "org.aftercare.migrations.Migrator");
    assertThat((List<Map<String, Object>>) at(migrations, "env"))
        .contains(
            Map.of(
                "name",
                "AFTERCARE_DB_URL",
                "value",
                "jdbc:postgresql://aftercare.abc123.eu-central-1.rds.example:5432/aftercare"
                    + "?sslmode=verify-full"));
  }

  @Test
  void theCloudNativePgExampleMigratesWithTheOperatorsOwnerSecret() {
    RenderedChart release = RenderedChart.withValuesFile(RenderedChart.CLOUDNATIVEPG_VALUES);

    assertThat(secretEnv(release.one("Job")))
        .containsEntry("AFTERCARE_DB_OWNER_PASSWORD", "aftercare-pg-app/password");
    assertThat(secretEnv(release.one("Deployment")))
        .containsEntry("AFTERCARE_DB_PASSWORD", "aftercare-db-app/password");
  }

  @Test
  void withoutMigrationsNoPodReadsTheOwnerLogin() {
    RenderedChart release = RenderedChart.with(Map.of("migrations.enabled", false));

    assertThat(release.ofKind("Job")).isEmpty();
    assertThat(release.all().toString()).doesNotContain("aftercare-db-owner");
  }

  private static String ownerSecretOf(RenderedChart release) {
    return secretEnv(release.one("Job")).get("AFTERCARE_DB_OWNER_PASSWORD").split("/")[0];
  }

  private static Map<String, Object> migrationsContainer(Map<String, Object> job) {
    List<Map<String, Object>> containers = at(job, "spec", "template", "spec", "containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  /** Environment variables read from Secrets, as name to "secret/key"; fails on envFrom secrets. */
  private static Map<String, String> secretEnv(Map<String, Object> workload) {
    List<Map<String, Object>> containers = at(workload, "spec", "template", "spec", "containers");
    for (Map<String, Object> container : containers) {
      List<Map<String, Object>> envFrom = find(container, "envFrom");
      if (envFrom != null) {
        assertThat(envFrom).noneMatch(source -> source.containsKey("secretRef"));
      }
    }
    return containers.stream()
        .flatMap(container -> ((List<Map<String, Object>>) at(container, "env")).stream())
        .filter(variable -> find(variable, "valueFrom", "secretKeyRef") != null)
        .collect(
            Collectors.toMap(
                variable -> (String) variable.get("name"),
                variable ->
                    at(variable, "valueFrom", "secretKeyRef", "name")
                        + "/"
                        + at(variable, "valueFrom", "secretKeyRef", "key")));
  }
}
