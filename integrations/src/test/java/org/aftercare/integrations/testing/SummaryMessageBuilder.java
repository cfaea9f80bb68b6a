package org.aftercare.integrations.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.measures.Instrument;
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
  private List<SummaryMessage.MeasureResult> measures = List.of();

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

  /**
   * Standard measures in scope, with a PHQ-9 (10, moderate, item 9 "not at all") and a BARC-10,
   * which LOINC does not code, completed in the period.
   */
  public SummaryMessageBuilder withMeasures() {
    this.scope = SharedData.ATTENDANCE_CHECK_INS_AND_MEASURES;
    this.measures =
        List.of(
            new SummaryMessage.MeasureResult(
                UUID.fromString("0193a5c2-0000-7000-8000-0000000000a1"),
                Instrument.PHQ_9,
                Instant.parse("2026-11-10T15:04:00Z"),
                List.of(2, 1, 2, 1, 1, 1, 1, 1, 0),
                10,
                Instrument.PHQ_9.questionnaire().bandOf(10)),
            new SummaryMessage.MeasureResult(
                UUID.fromString("0193a5c2-0000-7000-8000-0000000000a2"),
                Instrument.BARC_10,
                Instant.parse("2026-11-24T16:30:00Z"),
                List.of(5, 5, 4, 4, 5, 5, 4, 4, 5, 5),
                46,
                Instrument.BARC_10.questionnaire().bandOf(46)));
    return this;
  }

  /**
   * The two measures of {@link #withMeasures()} and a BAM with these answers (23, items 7A–7G after
   * item 6), its use score and band computed as the core computes them.
   */
  public SummaryMessageBuilder withMeasuresAndBam(List<Integer> answers) {
    withMeasures();
    var bam = Instrument.BAM.questionnaire().score(answers);
    this.measures =
        List.of(
            measures.get(0),
            measures.get(1),
            new SummaryMessage.MeasureResult(
                UUID.fromString("0193a5c2-0000-7000-8000-0000000000a3"),
                Instrument.BAM,
                Instant.parse("2026-11-25T09:15:00Z"),
                answers,
                bam.total(),
                bam.band()));
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
        measures,
        NOTICE);
  }
}
