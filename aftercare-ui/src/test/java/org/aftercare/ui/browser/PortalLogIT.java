package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.demo.DemoClinics;
import org.junit.jupiter.api.Test;

/**
 * A log is read by hosting staff and shipped to log services that hold no consent: no client's name
 * or address may be in it (42 CFR Part 2). Run after every browser test (its own Failsafe
 * execution), it reads the whole log of the shared portal the tests drove through every page, for
 * each demo client's display name, legal name and e-mail address.
 */
class PortalLogIT {

  @Test
  void theSharedPortalsLogNamesNoClient() throws IOException {
    Path log = Path.of("target", "portal-it.log");
    assumeTrue(Files.exists(log), "no browser test started the portal in this build");
    String text = Files.readString(log, StandardCharsets.UTF_8).toLowerCase();

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
    assertThat(found).as("client names or addresses in " + log).isEmpty();
  }
}
