package org.aftercare.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClinicSettingsTest {

  private static ClinicSettings settings(String zone, String email, String template) {
    return new ClinicSettings("Riverside", zone, email, " ", "Welcome!", template);
  }

  @Test
  void validSettingsPassAndBlanksBecomeEmpty() {
    var valid =
        settings("America/Chicago", "front@riverside.example", "https://meet.example.org/{group}");

    valid.validate();

    assertThat(valid.contactPhone()).isNull();
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
