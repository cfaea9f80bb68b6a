package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftercare.demo.DemoClinics;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * A log is read by hosting staff and shipped to log services that hold no consent: no client's name
 * or address may be in it (42 CFR Part 2). Run after every browser test (its own Failsafe
 * execution), it reads the whole logs of the shared portals (one per test JVM) the tests drove
 * through every page, for each demo client's display name, legal name and e-mail address.
 */
class PortalLogIT {

  @Test
  void theSharedPortalsLogNamesNoClient() throws IOException {
    String text = String.join("\n", sharedPortalsLines()).toLowerCase();

    List<String> found = new ArrayList<>();
    for (var clinic : DemoClinics.CLINICS) {
      for (var client : clinic.clients()) {
        for (String identifying :
            List.of(client.displayName(), client.legalName(), client.email(clinic))) {
          if (text.contains(identifying.toLowerCase())) {
            found.add(identifying);
          }
        }
      }
    }

    assertThat(text).as("the portal ran and logged").contains("aftercare");
    assertThat(found).as("client names or addresses in the shared portals' logs").isEmpty();
  }

  /**
   * The shared portal runs with {@code AFTERCARE_LOG_FORMAT=json}: every server log record is one
   * JSON object on one line (what the JVM itself prints on stderr is not a record), and a record
   * written while serving a clinic's request carries that request's id and the clinic's id — here
   * the refused sign-ins {@code SignInBrowserIT} makes.
   */
  @Test
  void theSharedPortalWritesOneJsonObjectPerLineWithRequestAndClinic() throws IOException {
    List<String> lines = sharedPortalsLines();

    assertThat(lines)
        .as("records in Payara's text format")
        .noneMatch(line -> TEXT_RECORD.matcher(line).find());
    List<Map<String, Object>> records =
        lines.stream().filter(line -> line.startsWith("{")).map(PortalLogIT::parse).toList();
    assertThat(records).hasSizeGreaterThan(20);
    assertThat(records)
        .allSatisfy(record -> assertThat(record).containsKeys("Timestamp", "Level", "LoggerName"));
    assertThat(records)
        .filteredOn(
            record -> String.valueOf(record.get("LogMessage")).startsWith("Sign-in refused"))
        .isNotEmpty()
        .allSatisfy(
            record -> {
              assertThat(UUID.fromString((String) record.get("requestId"))).isNotNull();
              assertThat(UUID.fromString((String) record.get("clinicId"))).isNotNull();
            });
  }

  private static final Pattern TEXT_RECORD = Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\dT");

  /** Every line of every shared portal's log ({@code target/portal-it-<n>.log}). */
  private static List<String> sharedPortalsLines() throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      logs =
          files
              .filter(file -> SHARED_LOG.matcher(file.getFileName().toString()).matches())
              .toList();
    }
    assumeTrue(!logs.isEmpty(), "no browser test started a shared portal in this build");
    List<String> lines = new ArrayList<>();
    for (Path log : logs) {
      lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static final Pattern SHARED_LOG = Pattern.compile("portal-it-\\d+\\.log");

  private static Map<String, Object> parse(String line) {
    return new Json().toType(line, Json.MAP_TYPE);
  }
}
