package org.aftercare.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each person chooses their own language. A client's choice is their record's preferred language,
 * which their clinician sees; a staff member has none until they choose, so that their browser's
 * applies. Only the languages the screens are written in can be chosen.
 */
class PreferredLanguagesIT extends DeployedDomain {

  @Inject PreferredLanguages languages;
  @Inject ClientService clients;

  private Scenario a;

  @BeforeEach
  void clinicWithAClinicianAndAClient() {
    a =
        clinicA()
            .withClinician("Dana Lead")
            .withClients("Lucía P.")
            .withPortalAccounts("Lucía P.")
            .build();
  }

  @Test
  void aClientsChoiceIsTheLanguageOnTheirRecord() {
    var before = a.as("Lucía P.", () -> languages.mine());

    a.as(
        "Lucía P.",
        () -> {
          languages.choose("es");
          return null;
        });

    assertThat(before).contains("en");
    assertThat(a.as("Lucía P.", () -> languages.mine())).contains("es");
    assertThat(
            a.as(
                "Dana Lead",
                () ->
                    clients
                        .find(a.client("Lucía P.").getId())
                        .orElseThrow()
                        .getPreferredLanguage()))
        .isEqualTo("es");
  }

  @Test
  void aStaffMemberHasNoChoiceUntilTheyMakeOne() {
    var before = a.as("Dana Lead", () -> languages.mine());

    a.as(
        "Dana Lead",
        () -> {
          languages.choose("es");
          return null;
        });

    assertThat(before).isEmpty();
    assertThat(a.as("Dana Lead", () -> languages.mine())).contains("es");
    assertThat(a.as("Lucía P.", () -> languages.mine())).as("the client's own").contains("en");
  }

  @Test
  void aLanguageTheScreensAreNotWrittenInIsRefused() {
    assertThatThrownBy(
            () ->
                a.as(
                    "Lucía P.",
                    () -> {
                      languages.choose("fr");
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.messageKey()).contains("account.language.unknown"));
    assertThat(a.as("Lucía P.", () -> languages.mine())).contains("en");
  }
}
