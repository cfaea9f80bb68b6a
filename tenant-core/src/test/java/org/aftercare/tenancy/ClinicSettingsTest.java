package org.aftercare.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClinicSettingsTest {

  private static ClinicSettings settings(String zone, String email, String template) {
    return new ClinicSettings("Riverside", zone, email, " ", "Welcome!", template, "24, 1", null);
  }

  @Test
  void validSettingsPassAndBlanksBecomeEmpty() {
    var valid =
        settings("America/Chicago", "front@riverside.example", "https://meet.example.org/{group}");

    valid.validate();

    assertThat(valid.contactPhone()).isNull();
    assertThat(valid.reminderLeadHours()).containsExactly(24, 1);
  }

  @Test
  void reminderHoursAreUpToFourLeadTimesWithinAWeek() {
    for (String broken : new String[] {"0", "200", "24;1", "a", "1,2,3,4,5"}) {
      var settings = new ClinicSettings("Riverside", "UTC", null, null, null, null, broken, null);
      assertThatThrownBy(settings::validate)
          .as(broken)
          .extracting(e -> ((InvalidInputException) e).field())
          .isEqualTo("reminderHours");
    }
    assertThat(
            new ClinicSettings("R", "UTC", null, null, null, null, " 1, 48 ", null)
                .reminderLeadHours())
        .containsExactly(48, 1);
    assertThat(new ClinicSettings("R", "UTC", null, null, null, null, "", null).reminderLeadHours())
        .isEmpty();
  }

  @Test
  void eachBrokenRuleNamesItsField() {
    assertThatThrownBy(() -> settings("Mars/Olympus", null, null).validate())
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("timeZone");
    assertThatThrownBy(() -> settings("UTC", "not-mail", null).validate())
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("contactEmail");
    assertThatThrownBy(() -> settings("UTC", null, "http://plain.example/{group}").validate())
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("videoLinkTemplate");
  }

  @Test
  void theNeutralNameNeverNamesTheClinicAndDefaultsToTheProducts() {
    for (String naming : new String[] {"Riverside portal", "my RIVERSIDE", "x".repeat(61)}) {
      var settings =
          new ClinicSettings(
              "Riverside Recovery Center", "UTC", null, null, null, null, "", naming);
      assertThatThrownBy(settings::validate)
          .as(naming)
          .extracting(e -> ((InvalidInputException) e).field())
          .isEqualTo("neutralName");
    }
    var chosen = new ClinicSettings("Riverside", "UTC", null, null, null, null, "", " Wellness ");
    chosen.validate();

    assertThat(chosen.clientFacingName()).isEqualTo("Wellness");
    assertThat(new ClinicSettings("R", "UTC", null, null, null, null, "", " ").clientFacingName())
        .isEqualTo(ClinicSettings.DEFAULT_NEUTRAL_NAME);
  }
}
