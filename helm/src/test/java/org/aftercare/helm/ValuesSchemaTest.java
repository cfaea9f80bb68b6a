package org.aftercare.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * values.schema.json (and the chart's own checks) refuse a release that would start wrongly or leak
 * a credential, naming the value at fault, before anything reaches the cluster.
 */
class ValuesSchemaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          replicas as a word                     | replicaCount: two                                | /replicaCount
          no instance at all                     | replicaCount: 0                                  | /replicaCount
          an unknown top-level value             | replicas: 2                                      | replicas
          an unknown nested value                | 'image: {repository: a/b, tag: "1", pullPolicy: Always, digest: x}' | digest
          an image tag that YAML reads as number | 'image: {repository: a/b, tag: 1.0, pullPolicy: Always}' | /image/tag
          a pull policy Kubernetes does not know | 'image: {repository: a/b, tag: "1", pullPolicy: Sometimes}' | /image/pullPolicy
          the app login without its Secret       | 'database: {app: {existingSecret: null}}'        | /database/app
          the owner login with an empty Secret   | 'database: {owner: {existingSecret: ""}}'        | /database/owner/existingSecret
          the audit key without its Secret       | 'keys: {auditChain: {existingSecret: null}}'     | /keys/auditChain
          the sharing key without its Secret     | 'keys: {sharing: {existingSecret: null}}'        | /keys/sharing
          a password in the database URL         | 'database: {url: "jdbc:postgresql://db/aftercare?password=hunter2"}' | /database/url
          a database that is not PostgreSQL      | 'database: {url: "jdbc:mysql://db/aftercare"}'   | /database/url
          a secret among the settings            | 'config: {aftercare.audit.chain-key: abc}'       | 'aftercare.audit.chain-key'
          an SMTP password among the settings    | 'config: {aftercare.mail.smtp.password: abc}'    | 'aftercare.mail.smtp.password'
          a setting the chart makes itself       | 'config: {aftercare.db.url: "jdbc:postgresql://x/y"}' | 'aftercare.db.url'
          a setting that is not the portal's     | 'config: {payara.rootdir: /tmp}'                 | 'payara.rootdir'
          a public address without a scheme      | publicUrl: aftercare.example.org                 | /publicUrl
          a log format the portal cannot write   | logFormat: xml                                   | /logFormat
          the log format among the settings      | 'config: {aftercare.log.format: text}'           | 'aftercare.log.format'
          running as root                        | 'podSecurityContext: {runAsUser: 0}'             | /podSecurityContext/runAsUser
          a first operator without a password    | 'firstOperator: {email: ops@example.org}'        | /firstOperator
          a grace period shorter than the drain  | terminationGracePeriodSeconds: 10                | /terminationGracePeriodSeconds
          a memory limit taken away              | 'resources: {limits: {memory: null}}'            | /resources/limits
          """)
  void refuses(String what, String values, String namedInTheError) {
    assertThatThrownBy(() -> RenderedChart.withValuesYaml(values))
        .as(what)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(namedInTheError);
  }

  @Test
  void refusesFewerAutoscalingMaximumThanMinimum() {
    assertThatThrownBy(
            () ->
                RenderedChart.with(
                    Map.of(
                        "autoscaling.enabled", true,
                        "autoscaling.minReplicas", 4,
                        "autoscaling.maxReplicas", 2)))
        .hasMessageContaining("autoscaling.maxReplicas must not be below autoscaling.minReplicas");
  }

  @Test
  void refusesAGracePeriodThatCutsTheDrainShort() {
    assertThatThrownBy(
            () ->
                RenderedChart.with(
                    Map.of("preStopSleepSeconds", 10, "terminationGracePeriodSeconds", 35)))
        .hasMessageContaining(
            "terminationGracePeriodSeconds must exceed preStopSleepSeconds plus the portal's 25 s"
                + " drain");
  }

  @Test
  void refusesOneSecretForTheOwnerAndThePortal() {
    assertThatThrownBy(
            () -> RenderedChart.with(Map.of("database.owner.existingSecret", "aftercare-db-app")))
        .hasMessageContaining("the owner login needs a Secret of its own");
  }

  @Test
  void acceptsTheSameShapesWithRightValues() {
    List<String> accepted =
        List.of(
            "replicaCount: 3",
            "image: {repository: a/b, tag: \"1.0\", pullPolicy: Always}",
            "config: {aftercare.session.staff-idle: PT20M, aftercare.timers.enabled: false}",
            "firstOperator: {email: ops@example.org, existingSecret: aftercare-operator}",
            "mail: {smtp: {existingSecret: aftercare-smtp}}",
            "database: {url: \"jdbc:postgresql://db:5432/aftercare?sslmode=verify-full\"}");

    for (String values : accepted) {
      assertThat(RenderedChart.withValuesYaml(values).ofKind("Deployment")).as(values).hasSize(1);
    }
  }
}
