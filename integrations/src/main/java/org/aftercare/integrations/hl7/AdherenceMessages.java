package org.aftercare.integrations.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.NM;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.NTE;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.aftercare.integrations.summary.AdherenceFigure;
import org.aftercare.measures.ScaleScore;
import org.aftercare.sharing.SummaryMessage;
import org.aftercare.sharing.SummaryMessage.MeasureResult;

/**
 * Renders an adherence summary as an HL7 v2.5.1 ORU^R01: the client by record number only (PID-3),
 * one OBR for the period, one numeric OBX per figure with its UCUM unit, one per standard measure
 * the consent lets it carry (its total, its band in an NTE), and the re-disclosure notice in NTE
 * segments. Reads the receiver's ACK.
 */
public final class AdherenceMessages {

  /** OBR-4: our universal service id for the summary, a local code. */
  public static final String SERVICE_CODE = "ADHERENCE-SUMMARY";

  /** HL7 table 0396: a locally defined code (the figure codes match our FHIR code system). */
  static final String LOCAL_CODES = "L";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  // A context is thread-safe and holds the parser configuration; it is built once per module.
  private static final HapiContext MESSAGES = new DefaultHapiContext();

  /**
   * Receivers answer in whatever version they speak and do not always follow it to the letter: read
   * any version into the 2.5.1 classes, without validating what we do not act on.
   */
  private static final HapiContext ACKNOWLEDGMENTS =
      new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));

  static {
    ACKNOWLEDGMENTS.setValidationContext(ValidationContextFactory.noValidation());
  }

  private AdherenceMessages() {}

  /** The summary as ER7 (pipe-delimited, segments ended by carriage returns). */
  /**
   * MSH-10 for a message: v2.5.1 allows 20 characters, so the message id's first 80 bits in hex (76
   * of them random) — the same for every retry; the whole id travels in OBR-3.
   */
  public static String controlId(UUID messageId) {
    return messageId.toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
  }

  public static String er7(SummaryMessage message, MllpParties parties) {
    try {
      return MESSAGES.getPipeParser().encode(oru(message, parties));
    } catch (HL7Exception e) {
      throw new IllegalStateException("Could not encode the adherence summary as HL7 v2", e);
    }
  }

  /** The summary as an ORU^R01 in HAPI's 2.5.1 model. */
  public static ORU_R01 oru(SummaryMessage message, MllpParties parties) throws HL7Exception {
    if (message.notice() == null || message.notice().isBlank()) {
      throw new IllegalArgumentException("A disclosure must carry the re-disclosure notice.");
    }
    ORU_R01 oru = MESSAGES.newMessage(ORU_R01.class);
    header(oru.getMSH(), message, parties);
    patient(oru, message);
    ORU_R01_ORDER_OBSERVATION order = oru.getPATIENT_RESULT().getORDER_OBSERVATION();
    request(order.getOBR(), message, parties);
    notice(order, message.notice());
    List<AdherenceFigure> figures = AdherenceFigure.of(message);
    for (int i = 0; i < figures.size(); i++) {
      observation(order.getOBSERVATION(i).getOBX(), i + 1, figures.get(i), oru);
    }
    int place = figures.size();
    for (MeasureResult result : message.measures()) {
      var questionnaire = result.instrument().questionnaire();
      score(
          order.getOBSERVATION(place),
          ++place,
          result,
          new ScaleScore(questionnaire.total(), result.totalScore(), result.band()),
          oru);
      for (ScaleScore scale : questionnaire.subscaleScores(result.answers())) {
        score(order.getOBSERVATION(place), ++place, result, scale, oru);
      }
    }
    return oru;
  }

  /**
   * Reads an acknowledgement in ER7.
   *
   * @throws HL7Exception when it cannot be parsed or carries no MSA-1
   */
  public static Acknowledgment acknowledgment(String er7) throws HL7Exception {
    Message ack = ACKNOWLEDGMENTS.getPipeParser().parse(er7);
    Terser terser = new Terser(ack);
    String code = terser.get("/MSA-1");
    if (code == null || code.isBlank()) {
      throw new HL7Exception("The acknowledgement has no MSA-1 code");
    }
    String text =
        firstPresent(terser, "/MSA-3", "/ERR-8", "/ERR-7", "/ERR-3-9", "/ERR-3-2", "/ERR-3-1");
    return new Acknowledgment(code.trim(), terser.get("/MSA-2"), text);
  }

  private static void header(MSH msh, SummaryMessage message, MllpParties parties)
      throws HL7Exception {
    msh.getMsh1_FieldSeparator().setValue("|");
    msh.getMsh2_EncodingCharacters().setValue("^~\\&");
    msh.getMsh3_SendingApplication().getHd1_NamespaceID().setValue(parties.sendingApplication());
    msh.getMsh4_SendingFacility().getHd1_NamespaceID().setValue(parties.sendingFacility());
    msh.getMsh5_ReceivingApplication()
        .getHd1_NamespaceID()
        .setValue(parties.receivingApplication());
    msh.getMsh6_ReceivingFacility().getHd1_NamespaceID().setValue(parties.receivingFacility());
    msh.getMsh7_DateTimeOfMessage().getTime().setValue(TIMESTAMP.format(message.writtenAt()));
    msh.getMsh9_MessageType().getMessageCode().setValue("ORU");
    msh.getMsh9_MessageType().getTriggerEvent().setValue("R01");
    msh.getMsh9_MessageType().getMessageStructure().setValue("ORU_R01");
    // The receiver's key for recognising a repeat: the outbox sends a retry under the same id.
    msh.getMsh10_MessageControlID().setValue(controlId(message.messageId()));
    msh.getMsh11_ProcessingID().getProcessingID().setValue("P");
    msh.getMsh12_VersionID().getVersionID().setValue("2.5.1");
    msh.getMsh18_CharacterSet(0).setValue("UNICODE UTF-8");
  }

  /** PID-3 only, the record number at the recipient: no name, no birth date. */
  private static void patient(ORU_R01 oru, SummaryMessage message) throws HL7Exception {
    var pid = oru.getPATIENT_RESULT().getPATIENT().getPID();
    pid.getPid1_SetIDPID().setValue("1");
    CX mrn = pid.getPid3_PatientIdentifierList(0);
    mrn.getCx1_IDNumber().setValue(message.patientMrn());
    if (message.patientSystem() != null && !message.patientSystem().isBlank()) {
      mrn.getCx4_AssigningAuthority().getHd2_UniversalID().setValue(message.patientSystem().trim());
      mrn.getCx4_AssigningAuthority().getHd3_UniversalIDType().setValue("URI");
    }
    mrn.getCx5_IdentifierTypeCode().setValue("MR");
  }

  private static void request(OBR obr, SummaryMessage message, MllpParties parties)
      throws HL7Exception {
    obr.getObr1_SetIDOBR().setValue("1");
    obr.getObr3_FillerOrderNumber()
        .getEi1_EntityIdentifier()
        .setValue(message.messageId().toString());
    obr.getObr3_FillerOrderNumber().getEi2_NamespaceID().setValue(parties.sendingApplication());
    coded(obr.getObr4_UniversalServiceIdentifier(), SERVICE_CODE, "Aftercare adherence summary");
    obr.getObr7_ObservationDateTime().getTime().setValue(DATE.format(message.figures().from()));
    obr.getObr8_ObservationEndDateTime().getTime().setValue(DATE.format(message.figures().to()));
    obr.getObr22_ResultsRptStatusChngDateTime()
        .getTime()
        .setValue(TIMESTAMP.format(message.writtenAt()));
    obr.getObr25_ResultStatus().setValue("F");
  }

  /**
   * 42 CFR 2.32: the notice must accompany the disclosure. One NTE per paragraph; line breaks
   * inside a paragraph become spaces, since a bare carriage return would end the segment.
   */
  private static void notice(ORU_R01_ORDER_OBSERVATION order, String notice) throws HL7Exception {
    String[] paragraphs = notice.strip().split("\\R\\s*\\R");
    for (int i = 0; i < paragraphs.length; i++) {
      NTE nte = order.getNTE(i);
      nte.getNte1_SetIDNTE().setValue(String.valueOf(i + 1));
      nte.getNte2_SourceOfComment().setValue("L");
      nte.getNte3_Comment(0).setValue(paragraphs[i].strip().replaceAll("\\s+", " "));
    }
  }

  private static void observation(OBX obx, int setId, AdherenceFigure figure, ORU_R01 oru)
      throws HL7Exception {
    obx.getObx1_SetIDOBX().setValue(String.valueOf(setId));
    obx.getObx2_ValueType().setValue("NM");
    coded(obx.getObx3_ObservationIdentifier(), figure.code(), figure.display());
    NM value = new NM(oru);
    value.setValue(figure.value().toPlainString());
    obx.getObx5_ObservationValue(0).setData(value);
    obx.getObx6_Units().getCe1_Identifier().setValue(figure.unit().ucum());
    obx.getObx6_Units().getCe2_Text().setValue(figure.unit().display());
    obx.getObx6_Units().getCe3_NameOfCodingSystem().setValue("UCUM");
    obx.getObx11_ObservationResultStatus().setValue("F");
  }

  /**
   * A standard measure's total — or one of its scales, for the BAM — in one OBX: LOINC's
   * total-score code where LOINC has one (else the questionnaire's name, with the scale's key for
   * one of several, as a local code), the time the client completed it in OBX-14, and its band in
   * an NTE under it.
   */
  private static void score(
      ORU_R01_OBSERVATION observation,
      int setId,
      MeasureResult result,
      ScaleScore scale,
      ORU_R01 oru)
      throws HL7Exception {
    var questionnaire = result.instrument().questionnaire();
    String display = questionnaire.scoreName(scale.scale());
    boolean total = scale.scale().equals(questionnaire.total());
    OBX obx = observation.getOBX();
    obx.getObx1_SetIDOBX().setValue(String.valueOf(setId));
    obx.getObx2_ValueType().setValue("NM");
    if (total && questionnaire.totalLoinc() != null) {
      obx.getObx3_ObservationIdentifier().getCe1_Identifier().setValue(questionnaire.totalLoinc());
      obx.getObx3_ObservationIdentifier().getCe2_Text().setValue(display);
      obx.getObx3_ObservationIdentifier().getCe3_NameOfCodingSystem().setValue("LN");
    } else {
      coded(
          obx.getObx3_ObservationIdentifier(),
          total ? questionnaire.name() : questionnaire.name() + "-" + scale.scale().key(),
          display);
    }
    NM value = new NM(oru);
    value.setValue(String.valueOf(scale.points()));
    obx.getObx5_ObservationValue(0).setData(value);
    obx.getObx6_Units().getCe1_Identifier().setValue("{score}");
    obx.getObx6_Units().getCe2_Text().setValue("score");
    obx.getObx6_Units().getCe3_NameOfCodingSystem().setValue("UCUM");
    obx.getObx11_ObservationResultStatus().setValue("F");
    obx.getObx14_DateTimeOfTheObservation()
        .getTime()
        .setValue(TIMESTAMP.format(result.completedAt()));
    NTE band = observation.getNTE();
    band.getNte1_SetIDNTE().setValue("1");
    band.getNte2_SourceOfComment().setValue("L");
    band.getNte3_Comment(0).setValue("Band: " + scale.band());
  }

  private static void coded(CE ce, String code, String text) throws HL7Exception {
    ce.getCe1_Identifier().setValue(code);
    ce.getCe2_Text().setValue(text);
    ce.getCe3_NameOfCodingSystem().setValue(LOCAL_CODES);
  }

  private static String firstPresent(Terser terser, String... paths) throws HL7Exception {
    for (String path : paths) {
      String value = terser.get(path);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }
}
