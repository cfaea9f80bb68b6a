package org.aftercare.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.engagement.AdherenceSummary;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureResponse;

/**
 * One adherence summary on its way to one care-team recipient, fixed when it was queued: the FHIR
 * bundle and the HL7 v2 message are both rendered from it, so a retry sends the same content under
 * the same message id.
 *
 * @param messageId the outbox row's id; the receiver's key for recognising a repeat
 * @param clinicId the disclosing program
 * @param clinicName the disclosing program's name, as the receiving EHR files the source
 * @param patientSystem the identifier system (URI) of the recipient's record number, may be blank
 * @param patientMrn the client's record number at the recipient
 * @param recipientName the care-team member or organisation receiving it
 * @param consentId the consent the disclosure is made under
 * @param scope what the consent allows; check-in figures are present only when it includes them
 * @param measures the standard measures completed in the period; empty unless the scope includes
 *     them (and in summaries queued before measures could be shared)
 * @param notice the prohibition on re-disclosure that must accompany every disclosure
 */
public record SummaryMessage(
    UUID messageId,
    Instant writtenAt,
    UUID clinicId,
    String clinicName,
    String patientSystem,
    String patientMrn,
    String recipientName,
    UUID consentId,
    SharedData scope,
    Figures figures,
    List<MeasureResult> measures,
    String notice) {

  /** Measures travel only under a scope that includes them, whatever the caller passed. */
  public SummaryMessage {
    measures =
        measures == null || scope == null || !scope.includesMeasures()
            ? List.of()
            : List.copyOf(measures);
  }

  /**
   * The summary of {@code summary} for {@code recipient}, limited to what {@code consent} allows.
   */
  static SummaryMessage of(
      UUID messageId,
      Instant writtenAt,
      UUID clinicId,
      String clinicName,
      CareTeamRecipient recipient,
      Consent consent,
      AdherenceSummary summary,
      List<MeasureResponse> results) {
    SharedData scope = consent.getSharedData();
    return new SummaryMessage(
        messageId,
        writtenAt,
        clinicId,
        clinicName,
        recipient.getPatientSystem(),
        recipient.getPatientMrn(),
        recipient.getName(),
        consent.getId(),
        scope,
        new Figures(
            summary.from(),
            summary.to(),
            summary.sessionsScheduled(),
            summary.sessionsAttended(),
            summary.sessionsExcused(),
            summary.sessionsMissed(),
            summary.attendanceRate().isPresent() ? summary.attendanceRate().getAsDouble() : null,
            summary.longestStreak(),
            summary.currentStreak(),
            scope.includesCheckIns() ? summary.checkInDays() : null),
        results.stream().map(MeasureResult::of).toList(),
        ConsentTexts.redisclosureNotice());
  }

  /**
   * The adherence figures for the period; {@code attendanceRate} is null when no session counted,
   * {@code checkInDays} null when the scope leaves check-ins out.
   */
  public record Figures(
      LocalDate from,
      LocalDate to,
      int sessionsScheduled,
      int sessionsAttended,
      int sessionsExcused,
      int sessionsMissed,
      Double attendanceRate,
      int longestStreak,
      int currentStreak,
      Integer checkInDays) {}

  /**
   * One standard measure the client completed in the period: the instrument (whose items, codes and
   * bands the sending formats take from its definition), when, the points of each answer in item
   * order, and the total and band the product computed.
   */
  public record MeasureResult(
      UUID responseId,
      Instrument instrument,
      Instant completedAt,
      List<Integer> answers,
      int totalScore,
      String band) {

    static MeasureResult of(MeasureResponse response) {
      return new MeasureResult(
          response.getId(),
          response.getInstrument(),
          response.getCompletedAt(),
          response.answers(),
          response.getTotalScore(),
          response.getBand());
    }
  }
}
