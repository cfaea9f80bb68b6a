package org.aftercare.integrations.hl7;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.NTE;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.integrations.testing.SummaryMessageBuilder;
import org.aftercare.sharing.SummaryMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ORU^R01 a care team's interface engine receives, read back with HAPI's own parser: the header
 * it routes on, the client by record number only, one numeric OBX per figure the consent allows,
 * and the re-disclosure notice. And the acknowledgements we read.
 */
class AdherenceMessagesTest {

  private static final MllpParties PARTIES =
      new MllpParties("AFTERCARE", "HARBOR_LIGHT", "EASTSIDE_ENGINE", "EASTSIDE_FP");

  private static HapiContext hapi;

  @BeforeAll
  static void parser() {
    hapi = new DefaultHapiContext();
  }

  @AfterAll
  static void closeParser() throws Exception {
    hapi.close();
  }

  @Test
  void theHeaderNamesTheMessageTypeItsIdAndTheParties() throws HL7Exception {
    SummaryMessage message = aSummary().build();

    ORU_R01 oru = parse(AdherenceMessages.er7(message, PARTIES));

    var msh = oru.getMSH();
    assertThat(msh.getMsh9_MessageType().encode()).isEqualTo("ORU^R01^ORU_R01");
    assertThat(msh.getMsh10_MessageControlID().getValue())
        .isEqualTo(AdherenceMessages.controlId(message.messageId()))
        .hasSize(20);
    assertThat(msh.getMsh11_ProcessingID().encode()).isEqualTo("P");
    assertThat(msh.getMsh12_VersionID().encode()).isEqualTo("2.5.1");
    assertThat(msh.getMsh7_DateTimeOfMessage().encode()).isEqualTo("20261201073000+0000");
    assertThat(msh.getMsh3_SendingApplication().encode()).isEqualTo("AFTERCARE");
    assertThat(msh.getMsh4_SendingFacility().encode()).isEqualTo("HARBOR_LIGHT");
    assertThat(msh.getMsh5_ReceivingApplication().encode()).isEqualTo("EASTSIDE_ENGINE");
    assertThat(msh.getMsh6_ReceivingFacility().encode()).isEqualTo("EASTSIDE_FP");
  }

  @Test
  void theClientIsNamedOnlyByTheRecordNumber() throws HL7Exception {
    ORU_R01 oru = parse(AdherenceMessages.er7(aSummary().build(), PARTIES));

    PID pid = oru.getPATIENT_RESULT().getPATIENT().getPID();
    assertThat(pid.getPid3_PatientIdentifierList(0).encode())
        .isEqualTo("MRN-00417^^^&https://ehr.example.org/mrn&URI^MR");
    assertThat(pid.getPid5_PatientName(0).isEmpty()).isTrue();
    assertThat(pid.getPid7_DateTimeOfBirth().isEmpty()).isTrue();
  }

  @Test
  void withoutAPatientSystemThereIsNoAssigningAuthority() throws HL7Exception {
    ORU_R01 oru =
        parse(AdherenceMessages.er7(aSummary().withPatient(null, "4711").build(), PARTIES));

    assertThat(
            oru.getPATIENT_RESULT().getPATIENT().getPID().getPid3_PatientIdentifierList(0).encode())
        .isEqualTo("4711^^^^MR");
  }

  @Test
  void theRequestCoversThePeriod() throws HL7Exception {
    ORU_R01 oru = parse(AdherenceMessages.er7(aSummary().build(), PARTIES));

    var obr = oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBR();
    assertThat(obr.getObr4_UniversalServiceIdentifier().getCe1_Identifier().getValue())
        .isEqualTo(AdherenceMessages.SERVICE_CODE);
    assertThat(obr.getObr7_ObservationDateTime().encode()).isEqualTo("20261101");
    assertThat(obr.getObr8_ObservationEndDateTime().encode()).isEqualTo("20261130");
    assertThat(obr.getObr25_ResultStatus().getValue()).isEqualTo("F");
  }

  @Test
  void eachFigureIsANumericFinalObservationWithItsUcumUnit() throws HL7Exception {
    ORU_R01 oru = parse(AdherenceMessages.er7(aSummary().build(), PARTIES));

    List<OBX> obxs = observations(oru);
    assertThat(obxs)
        .extracting(obx -> obx.getObx3_ObservationIdentifier().getCe1_Identifier().getValue())
        .containsExactly(
            "sessions-scheduled",
            "sessions-attended",
            "sessions-excused",
            "sessions-missed",
            "attendance-rate",
            "longest-streak",
            "current-streak",
            "check-in-days");
    assertThat(obxs)
        .extracting(
            obx ->
                obx.getObx1_SetIDOBX().getValue()
                    + " "
                    + obx.getObx2_ValueType().getValue()
                    + " "
                    + obx.getObx5_ObservationValue(0).encode()
                    + " "
                    + obx.getObx6_Units().getCe1_Identifier().getValue()
                    + " "
                    + obx.getObx6_Units().getCe3_NameOfCodingSystem().getValue()
                    + " "
                    + obx.getObx11_ObservationResultStatus().getValue())
        .containsExactly(
            "1 NM 13 {sessions} UCUM F",
            "2 NM 9 {sessions} UCUM F",
            "3 NM 1 {sessions} UCUM F",
            "4 NM 3 {sessions} UCUM F",
            "5 NM 75.0 % UCUM F",
            "6 NM 5 {sessions} UCUM F",
            "7 NM 2 {sessions} UCUM F",
            "8 NM 21 d UCUM F");
  }

  @Test
  void attendanceScopeSharesNoCheckInObservation() throws HL7Exception {
    ORU_R01 oru =
        parse(
            AdherenceMessages.er7(
                aSummary().attendanceOnly().withCheckInDays(20).build(), PARTIES));

    assertThat(observations(oru))
        .hasSize(7)
        .extracting(obx -> obx.getObx3_ObservationIdentifier().getCe1_Identifier().getValue())
        .doesNotContain("check-in-days");
  }

  /**
   * After the figures: each standard measure's total, in LOINC where LOINC codes it (PHQ-9's
   * 44261-6), else under the questionnaire's name as a local code, when it was completed, and its
   * band in a note; none without a scope that includes measures.
   */
  @Test
  void eachStandardMeasureIsATotalAfterTheFiguresWithItsBandInANote() throws HL7Exception {
    SummaryMessage message = aSummary().withMeasures().build();
    ORU_R01 oru = parse(AdherenceMessages.er7(message, PARTIES));

    var all = oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBSERVATIONAll();
    assertThat(all).hasSize(8 + 2);
    OBX phq9 = all.get(8).getOBX();
    assertThat(phq9.getObx1_SetIDOBX().getValue()).isEqualTo("9");
    assertThat(phq9.getObx3_ObservationIdentifier().encode())
        .isEqualTo("44261-6^PHQ-9 total score^LN");
    assertThat(phq9.getObx5_ObservationValue(0).encode()).isEqualTo("10");
    assertThat(phq9.getObx14_DateTimeOfTheObservation().encode()).isEqualTo("20261110150400+0000");
    assertThat(all.get(8).getNTE().getNte3_Comment(0).getValue())
        .isEqualTo("Band: " + message.measures().getFirst().band());
    OBX barc10 = all.get(9).getOBX();
    assertThat(barc10.getObx3_ObservationIdentifier().encode())
        .isEqualTo("BARC-10^BARC-10 total score^L");
    assertThat(barc10.getObx5_ObservationValue(0).encode()).isEqualTo("46");

    ORU_R01 withoutMeasures =
        parse(AdherenceMessages.er7(aSummary().withMeasures().attendanceOnly().build(), PARTIES));
    assertThat(observations(withoutMeasures)).hasSize(7);
  }

  /**
   * The BAM has no total: its use, risk and protective scores are three OBX, each with its band.
   */
  @Test
  void theBamIsItsThreeScoresEachWithItsBand() throws HL7Exception {
    var bam = List.of(2, 2, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 3, 3, 1, 1, 4, 4, 0, 3, 2);
    ORU_R01 oru = parse(AdherenceMessages.er7(aSummary().withMeasuresAndBam(bam).build(), PARTIES));

    var all = oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBSERVATIONAll();
    assertThat(all).hasSize(8 + 2 + 3);
    var scores = new ArrayList<String>();
    for (var observation : all.subList(10, 13)) {
      OBX obx = observation.getOBX();
      scores.add(
          String.join(
              " | ",
              obx.getObx1_SetIDOBX().getValue(),
              obx.getObx3_ObservationIdentifier().encode(),
              obx.getObx5_ObservationValue(0).encode(),
              observation.getNTE().getNte3_Comment(0).getValue()));
    }
    assertThat(scores)
        .containsExactly(
            "11 | BAM^BAM use score^L | 1 | Band: Any use",
            "12 | BAM-risk^BAM risk factors score^L | 8 | Band: Below 12",
            "13 | BAM-protective^BAM protective factors score^L | 18 | Band: Above 12");
  }

  @Test
  void theNoticeTravelsInTheNotes() throws HL7Exception {
    ORU_R01 oru = parse(AdherenceMessages.er7(aSummary().build(), PARTIES));

    List<NTE> notes = oru.getPATIENT_RESULT().getORDER_OBSERVATION().getNTEAll();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getNte3_Comment(0).getValue()).isEqualTo(SummaryMessageBuilder.NOTICE);
  }

  @Test
  void aNoticeOfSeveralParagraphsBecomesSeveralNotesWithoutBareLineBreaks() throws HL7Exception {
    SummaryMessage message = withNotice(aSummary().build(), "First line\nwraps.\n\nSecond | part.");

    String er7 = AdherenceMessages.er7(message, PARTIES);
    ORU_R01 oru = parse(er7);

    assertThat(er7.split("\r")).allSatisfy(segment -> assertThat(segment).doesNotContain("\n"));
    assertThat(oru.getPATIENT_RESULT().getORDER_OBSERVATION().getNTEAll())
        .extracting(nte -> nte.getNte3_Comment(0).getValue())
        .containsExactly("First line wraps.", "Second | part.");
  }

  @Test
  void aMessageWithoutTheNoticeIsNotRendered() {
    SummaryMessage message = withNotice(aSummary().build(), "");

    assertThatThrownBy(() -> AdherenceMessages.er7(message, PARTIES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAcknowledgementGivesItsCodeTheAcknowledgedIdAndTheReason() throws HL7Exception {
    String ack =
        "MSH|^~\\&|EASTSIDE_ENGINE|EASTSIDE_FP|AFTERCARE|HARBOR_LIGHT|20261201073001||ACK^R01^ACK"
            + "|A1|P|2.5.1\rMSA|AE|0193a5c2-7d1e-7b3a-9c4f-2a6b8e1d0f11\r"
            + "ERR||||E||||Unknown patient\r";

    Acknowledgment acknowledgment = AdherenceMessages.acknowledgment(ack);

    assertThat(acknowledgment.code()).isEqualTo("AE");
    assertThat(acknowledgment.controlId()).isEqualTo("0193a5c2-7d1e-7b3a-9c4f-2a6b8e1d0f11");
    assertThat(acknowledgment.text()).isEqualTo("Unknown patient");
  }

  @Test
  void anAcknowledgementInAnOlderVersionIsRead() throws HL7Exception {
    String ack = "MSH|^~\\&|ENGINE|FP|AFTERCARE|HL|20261201||ACK|A2|P|2.3\rMSA|AA|42|Thanks\r";

    Acknowledgment acknowledgment = AdherenceMessages.acknowledgment(ack);

    assertThat(acknowledgment).isEqualTo(new Acknowledgment("AA", "42", "Thanks"));
  }

  @Test
  void somethingThatIsNotAnAcknowledgementIsAnError() {
    assertThatThrownBy(() -> AdherenceMessages.acknowledgment("HTTP/1.1 400 Bad Request\r\n"))
        .isInstanceOf(HL7Exception.class);
    assertThatThrownBy(
            () ->
                AdherenceMessages.acknowledgment(
                    "MSH|^~\\&|ENGINE|FP|AFTERCARE|HL|20261201||ACK|A3|P|2.5.1\r"))
        .isInstanceOf(HL7Exception.class);
  }

  private static ORU_R01 parse(String er7) throws HL7Exception {
    return (ORU_R01) hapi.getPipeParser().parse(er7);
  }

  private static List<OBX> observations(ORU_R01 oru) throws HL7Exception {
    return oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBSERVATIONAll().stream()
        .map(observation -> observation.getOBX())
        .toList();
  }

  private static SummaryMessage withNotice(SummaryMessage m, String notice) {
    return new SummaryMessage(
        m.messageId(),
        m.writtenAt(),
        m.clinicId(),
        m.clinicName(),
        m.patientSystem(),
        m.patientMrn(),
        m.recipientName(),
        m.consentId(),
        m.scope(),
        m.figures(),
        m.measures(),
        notice);
  }
}
