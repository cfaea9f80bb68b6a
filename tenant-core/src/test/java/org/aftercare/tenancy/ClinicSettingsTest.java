package org.aftercare.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClinicSettingsTest {

  private static ClinicSettings settings(String zone, String email, String template) {
    return new ClinicSettings("Riverside", zone, email, " ", "Welcome!", template, "24, 1");
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
      var settings = new ClinicSettings("Riverside", "UTC", null, null, null, null, broken);
      assertThatThrownBy(settings::validate)
          .as(broken)
          .extracting(e -> ((InvalidInputException) e).field())
          .isEqualTo("reminderHours");
    }
    assertThat(
            new ClinicSettings("R", "UTC", null, null, null, null, " 1, 48 ").reminderLeadHours())
        .containsExactly(48, 1);
    assertThat(new ClinicSettings("R", "UTC", null, null, null, null, "").reminderLeadHours())
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
}
