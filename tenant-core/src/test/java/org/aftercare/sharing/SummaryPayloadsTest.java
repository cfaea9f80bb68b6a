package org.aftercare.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.measures.Instrument;
import org.junit.jupiter.api.Test;

/**
 * The outbox payload is read back as it was written, with JSON-P alone: no JSON-B binding, whose
 * record support the packaged portal lacks (it wrote every summary as {@code {}}).
 */
class SummaryPayloadsTest {

  private static final SummaryMessage.Figures FIGURES =
      new SummaryMessage.Figures(
          LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), 4, 3, 0, 1, 0.75, 3, 1, 6);

  @Test
  void aSummaryWithMeasuresReadsBackAsWritten() {
    var message =
        message(
            SharedData.ATTENDANCE_CHECK_INS_AND_MEASURES,
            FIGURES,
            List.of(
                new SummaryMessage.MeasureResult(
                    UUID.randomUUID(),
                    Instrument.GAD_7,
                    Instant.parse("2026-11-20T15:30:00Z"),
                    List.of(1, 2, 0, 3, 1, 0, 2),
                    9,
                    "mild")));

    assertThat(SummaryPayloads.read(SummaryPayloads.write(message))).isEqualTo(message);
  }

  @Test
  void absentValuesStayAbsent() {
    var figures =
        new SummaryMessage.Figures(
            LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), 0, 0, 0, 0, null, 0, 0, null);
    var message = message(SharedData.ATTENDANCE, figures, List.of());

    String payload = SummaryPayloads.write(message);

    assertThat(payload).doesNotContain("patientSystem", "attendanceRate", "checkInDays", "null");
    assertThat(SummaryPayloads.read(payload)).isEqualTo(message);
  }

  @Test
  void aPayloadThatHoldsNoSummaryIsRefused() {
    assertThatThrownBy(() -> SummaryPayloads.read("{}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SummaryPayloads.read("not json"))
        .isInstanceOf(IllegalArgumentException.class);
    String written = SummaryPayloads.write(message(SharedData.ATTENDANCE, null, List.of()));
    String badDate = written.replaceFirst("\"writtenAt\":\"[^\"]*\"", "\"writtenAt\":\"Monday\"");
    assertThat(badDate).isNotEqualTo(written);
    assertThatThrownBy(() -> SummaryPayloads.read(badDate))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SummaryMessage message(
      SharedData scope,
      SummaryMessage.Figures figures,
      List<SummaryMessage.MeasureResult> measures) {
    return new SummaryMessage(
        UUID.randomUUID(),
        Instant.parse("2026-11-23T08:00:00Z"),
        UUID.randomUUID(),
        "Riverside Recovery",
        null,
        "MRN-1001",
        "Dr. Lee",
        UUID.randomUUID(),
        scope,
        figures,
        measures,
        "42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
  }
}
