package org.aftercare.integrations.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.aftercare.integrations.summary.AdherenceFigure;
import org.aftercare.sharing.SummaryMessage;
import org.aftercare.sharing.SummaryMessage.MeasureResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Renders an adherence summary as a FHIR R4 transaction bundle: one individual MeasureReport, one
 * Observation per figure, the standard measures the consent lets it carry (each a
 * QuestionnaireResponse and its total's Observation), and a Provenance naming the clinic and the
 * consent.
 *
 * <p>Every resource carries the 42 CFR Part 2 security labels and the re-disclosure notice in its
 * narrative, so neither is lost when the receiver files the resources apart. Each entry is a
 * conditional create on an identifier derived from the message id: sending the same message again
 * creates nothing new at the receiver.
 */
public final class AdherenceBundles {

  /** Our measure: attendance at aftercare groups over a period (not published as a resource). */
  public static final String MEASURE = "https://aftercare.example/fhir/Measure/group-attendance";

  /** Identifiers that are URIs ({@code urn:uuid:...}): the bundle's and every entry's. */
  public static final String URI_SYSTEM = "urn:ietf:rfc:3986";

  /**
   * R4's Provenance has no identifier, so its conditional create keys on a tag in this system,
   * coded with the derived id.
   */
  public static final String MESSAGE_TAG_SYSTEM =
      "https://aftercare.example/fhir/CodeSystem/disclosure-message";

  static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String PARTICIPANT_TYPE =
      "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

  // Building a context scans the model classes; one per module, it is thread-safe once built.
  private static final FhirContext R4 = FhirContext.forR4();

  private AdherenceBundles() {}

  /** The module's one R4 context (parsers made from it are cheap but not thread-safe). */
  public static FhirContext fhirContext() {
    return R4;
  }

  /** The summary as a transaction bundle, as JSON to post to a FHIR server's base URL. */
  public static String json(SummaryMessage message) {
    return R4.newJsonParser().encodeResourceToString(transaction(message));
  }

  /** The summary as a transaction bundle. */
  public static Bundle transaction(SummaryMessage message) {
    if (message.notice() == null || message.notice().isBlank()) {
      throw new IllegalArgumentException("A disclosure must carry the re-disclosure notice.");
    }
    Bundle bundle = new Bundle();
    bundle.setType(BundleType.TRANSACTION);
    bundle.setIdentifier(uuidIdentifier(message.messageId()));
    bundle.setTimestamp(Date.from(message.writtenAt()));
    addSecurityLabels(bundle.getMeta());

    List<AdherenceFigure> figures = AdherenceFigure.of(message);
    MeasureReport report = measureReport(message, figures, patient(message));
    addEntry(bundle, message, "measure-report", report);
    List<Reference> disclosed = new ArrayList<>();
    disclosed.add(entryReference(message, "measure-report"));
    for (AdherenceFigure figure : figures) {
      String role = "observation:" + figure.code();
      addEntry(bundle, message, role, observation(message, figure, patient(message)));
      report.addEvaluatedResource(entryReference(message, role));
      disclosed.add(entryReference(message, role));
    }
    for (MeasureResult result : message.measures()) {
      String answers = "measure-answers:" + result.responseId();
      String total = "measure-total:" + result.responseId();
      addEntry(bundle, message, answers, MeasureResults.answers(result, patient(message)));
      addEntry(
          bundle,
          message,
          total,
          MeasureResults.total(
              result, patient(message), clinic(message), entryReference(message, answers)));
      disclosed.add(entryReference(message, answers));
      disclosed.add(entryReference(message, total));
    }
    Provenance provenance = provenance(message, disclosed);
    addEntry(bundle, message, "provenance", provenance);
    return bundle;
  }

  /**
   * The id an entry of this message gets for its role: the same message always gets the same ids,
   * which is what lets the receiver's conditional create recognise a repeat.
   */
  static UUID derivedId(UUID messageId, String role) {
    return UUID.nameUUIDFromBytes((messageId + ":" + role).getBytes(StandardCharsets.UTF_8));
  }

  private static void addEntry(
      Bundle bundle, SummaryMessage message, String role, DomainResource resource) {
    UUID id = derivedId(message.messageId(), role);
    label(resource, message.notice());
    String ifNoneExist;
    if (resource instanceof Provenance) {
      resource.getMeta().addTag(MESSAGE_TAG_SYSTEM, id.toString(), null);
      ifNoneExist = "_tag=" + MESSAGE_TAG_SYSTEM + "|" + id;
    } else {
      Identifier identifier = uuidIdentifier(id);
      if (resource instanceof MeasureReport report) {
        report.addIdentifier(identifier);
      } else if (resource instanceof Observation observation) {
        observation.addIdentifier(identifier);
      } else if (resource instanceof QuestionnaireResponse response) {
        response.setIdentifier(identifier);
      }
      ifNoneExist = "identifier=" + identifier.getSystem() + "|" + identifier.getValue();
    }
    bundle
        .addEntry()
        .setFullUrl(urn(id))
        .setResource(resource)
        .getRequest()
        .setMethod(HTTPVerb.POST)
        .setUrl(resource.fhirType())
        .setIfNoneExist(ifNoneExist);
  }

  /** The headline: the attendance rate as the measure score, the figures as evaluated resources. */
  static MeasureReport measureReport(
      SummaryMessage message, List<AdherenceFigure> figures, Reference patient) {
    MeasureReport report = new MeasureReport();
    report.setStatus(MeasureReportStatus.COMPLETE);
    report.setType(MeasureReportType.INDIVIDUAL);
    report.setMeasure(MEASURE);
    report.setSubject(patient);
    report.setDate(Date.from(message.writtenAt()));
    report.setReporter(clinic(message));
    report.setPeriod(period(message));
    figures.stream()
        .filter(figure -> figure.code().equals(AdherenceFigure.ATTENDANCE_RATE))
        .findFirst()
        .ifPresent(rate -> report.addGroup().setMeasureScore(quantity(rate.value(), rate.unit())));
    return report;
  }

  static Observation observation(
      SummaryMessage message, AdherenceFigure figure, Reference patient) {
    Observation observation = new Observation();
    observation.setStatus(ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
    observation.setCode(
        new CodeableConcept(
                new Coding(AdherenceFigure.CODE_SYSTEM, figure.code(), figure.display()))
            .setText(figure.display()));
    observation.setSubject(patient);
    observation.addPerformer(clinic(message));
    observation.setEffective(period(message));
    observation.setIssued(Date.from(message.writtenAt()));
    observation.setValue(quantity(figure.value(), figure.unit()));
    return observation;
  }

  private static Provenance provenance(SummaryMessage message, List<Reference> targets) {
    Provenance provenance = new Provenance();
    targets.forEach(provenance::addTarget);
    provenance.setRecorded(Date.from(message.writtenAt()));
    provenance.addPolicy(urn(message.consentId()));
    provenance
        .addAgent()
        .setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "author", "Author")))
        .setWho(clinic(message));
    return provenance;
  }

  /** The client by the recipient's record number only: no name, no birth date. */
  private static Reference patient(SummaryMessage message) {
    Identifier identifier = new Identifier().setValue(message.patientMrn());
    if (message.patientSystem() != null && !message.patientSystem().isBlank()) {
      identifier.setSystem(message.patientSystem().trim());
    }
    return new Reference().setType("Patient").setIdentifier(identifier);
  }

  static Reference clinic(SummaryMessage message) {
    return new Reference()
        .setType("Organization")
        .setIdentifier(uuidIdentifier(message.clinicId()))
        .setDisplay(message.clinicName());
  }

  private static Reference entryReference(SummaryMessage message, String role) {
    return new Reference(urn(derivedId(message.messageId(), role)));
  }

  private static Period period(SummaryMessage message) {
    return new Period()
        .setStartElement(new DateTimeType(message.figures().from().toString()))
        .setEndElement(new DateTimeType(message.figures().to().toString()));
  }

  private static Quantity quantity(BigDecimal value, AdherenceFigure.Unit unit) {
    return new Quantity()
        .setValue(value)
        .setUnit(unit.display())
        .setSystem(UCUM)
        .setCode(unit.ucum());
  }

  /** What every disclosed resource carries: the confidentiality labels and the notice. */
  static void label(DomainResource resource, String notice) {
    addSecurityLabels(resource.getMeta());
    resource.setText(notice(notice));
  }

  /** R (restricted), ETH (substance use), 42CFRPart2, NORDSCLCD (no re-disclosure w/o consent). */
  private static void addSecurityLabels(Meta meta) {
    meta.addSecurity(CONFIDENTIALITY, "R", "restricted");
    meta.addSecurity(ACT_CODE, "ETH", "substance abuse information sensitivity");
    meta.addSecurity(ACT_CODE, "42CFRPart2", "42 CFR Part2");
    meta.addSecurity(ACT_CODE, "NORDSCLCD", "no redisclosure without consent directive");
  }

  /**
   * 42 CFR 2.32: the notice must accompany each disclosure. In the narrative ("additional": it is
   * not a rendering of the data) it stays with each resource wherever the receiver files it.
   */
  private static Narrative notice(String notice) {
    StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    for (String paragraph : notice.strip().split("\\R\\s*\\R")) {
      div.append("<p>").append(escapeXml(paragraph.strip())).append("</p>");
    }
    Narrative narrative = new Narrative();
    narrative.setStatus(NarrativeStatus.ADDITIONAL);
    narrative.setDivAsString(div.append("</div>").toString());
    return narrative;
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static Identifier uuidIdentifier(UUID id) {
    return new Identifier().setSystem(URI_SYSTEM).setValue(urn(id));
  }

  private static String urn(UUID id) {
    return "urn:uuid:" + id;
  }
}
