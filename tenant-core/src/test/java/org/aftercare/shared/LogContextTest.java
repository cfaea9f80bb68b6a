package org.aftercare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

  private static final UUID RIVERSIDE = UUID.randomUUID();
  private static final UUID HARBOR_LIGHT = UUID.randomUUID();

  @AfterEach
  void end() {
    LogContext.end();
  }

  @Test
  void aRequestCarriesItsIdAndTheClinicItEnters() {
    LogContext.startRequest("request-1");
    LogContext.enterClinic(RIVERSIDE);

    assertThat(LogContext.fields())
        .containsExactly(
            Map.entry("requestId", "request-1"), Map.entry("clinicId", RIVERSIDE.toString()));
  }

  @Test
  void enteringAnotherClinicForAWhileGivesBackTheOneBefore() {
    LogContext.startRequest("request-2");
    LogContext.enterClinic(RIVERSIDE);

    UUID before = LogContext.enterClinic(HARBOR_LIGHT);
    assertThat(LogContext.fields()).containsEntry("clinicId", HARBOR_LIGHT.toString());
    LogContext.enterClinic(before);

    assertThat(LogContext.fields()).containsEntry("clinicId", RIVERSIDE.toString());
  }

  @Test
  void backgroundWorkHasAClinicButNoRequestAndLeavesNothingBehind() {
    UUID before = LogContext.enterClinic(RIVERSIDE);
    assertThat(LogContext.fields()).containsOnlyKeys("clinicId");

    LogContext.enterClinic(before);
    assertThat(LogContext.fields()).isEmpty();
  }

  @Test
  void aNewRequestOnAPooledThreadStartsWithoutTheLastOnesClinic() {
    LogContext.startRequest("request-3");
    LogContext.enterClinic(RIVERSIDE);
    LogContext.end();

    LogContext.startRequest("request-4");

    assertThat(LogContext.fields()).containsOnlyKeys("requestId");
  }
}
