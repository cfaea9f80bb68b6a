package org.aftercare.integrations.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryMessage;

/** Summary messages for tests: a plausible month of groups, changed only where a test cares. */
public final class SummaryMessageBuilder {

  public static final String NOTICE =
      "This information has been disclosed to you from records protected by federal"
          + " confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any"
          + " further disclosure <of> this information & more.";

  private UUID messageId = UUID.fromString("0193a5c2-7d1e-7b3a-9c4f-2a6b8e1d0f11");
  private Instant writtenAt = Instant.parse("2026-12-01T07:30:00Z");
  private String patientSystem = "https://ehr.example.org/mrn";
  private String patientMrn = "MRN-00417";
  private SharedData scope = SharedData.ATTENDANCE_AND_CHECK_INS;
  private Double attendanceRate = 0.75;
  private Integer checkInDays = 21;

  private SummaryMessageBuilder() {}

  public static SummaryMessageBuilder aSummary() {
    return new SummaryMessageBuilder();
  }

  public SummaryMessageBuilder withMessageId(UUID messageId) {
    this.messageId = messageId;
    return this;
  }

  public SummaryMessageBuilder withNewMessageId() {
    return withMessageId(UUID.randomUUID());
  }

  public SummaryMessageBuilder writtenAt(Instant writtenAt) {
    this.writtenAt = writtenAt;
    return this;
  }

  public SummaryMessageBuilder withPatient(String system, String mrn) {
    this.patientSystem = system;
    this.patientMrn = mrn;
    return this;
  }

  /** Attendance only: the consent leaves check-ins out, so the figure is null too. */
  public SummaryMessageBuilder attendanceOnly() {
    this.scope = SharedData.ATTENDANCE;
    this.checkInDays = null;
    return this;
  }

  public SummaryMessageBuilder withScope(SharedData scope) {
    this.scope = scope;
    return this;
  }

  public SummaryMessageBuilder withCheckInDays(Integer checkInDays) {
    this.checkInDays = checkInDays;
    return this;
  }

  public SummaryMessageBuilder withoutAttendanceRate() {
    this.attendanceRate = null;
    return this;
  }

  public SummaryMessage build() {
    return new SummaryMessage(
        messageId,
        writtenAt,
        UUID.fromString("0193a5c2-0000-7000-8000-00000000c11c"),
        "Harbor Light Recovery",
        patientSystem,
        patientMrn,
        "Dr. Rivera, Eastside Family Practice",
        UUID.fromString("0193a5c2-0000-7000-8000-0000000c0de5"),
        scope,
        new SummaryMessage.Figures(
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30),
            13,
            9,
            1,
            3,
            attendanceRate,
            5,
            2,
            checkInDays),
        NOTICE);
  }
}
