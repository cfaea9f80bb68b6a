package org.aftercare.integrations.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.integrations.summary.AdherenceFigure;
import org.aftercare.sharing.PulledClient;
import org.aftercare.sharing.SharedCareTeam;
import org.aftercare.sharing.SharedGroup;
import org.aftercare.sharing.SummaryMessage;
import org.aftercare.sharing.SummaryMessage.MeasureResult;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * The FHIR API's resources, made from what the core lets an API client read: the same measure,
 * figures, labels and notice as the summaries pushed to care teams, under ids an EHR can read back.
 * A measure report's id names its client and period; an observation's adds its figure's place.
 */
public final class PulledResources {

  static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String LOINC = "http://loinc.org";
  static final String ENCOUNTER_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private PulledResources() {}

  /** The client as the recipient files them: by their record number there, no name. */
  public static Patient patient(PulledClient client, String notice) {
    Patient patient = new Patient();
    patient.setId(client.clientId().toString());
    patient.addIdentifier(identifier(client));
    patient.setActive(true);
    AdherenceBundles.label(patient, notice);
    return patient;
  }

  /**
   * The measure report and its figures, linked both ways, for one client and period; then each
   * standard measure the consent lets it carry, its answers and its total under the same id.
   */
  public static List<DomainResource> summary(UUID clientId, SummaryMessage message) {
    Reference patient = patientReference(clientId);
    List<AdherenceFigure> figures = AdherenceFigure.of(message);
    MeasureReport report = AdherenceBundles.measureReport(message, figures, patient);
    String reportId = reportId(clientId, message.figures().from(), message.figures().to());
    report.setId(reportId);
    AdherenceBundles.label(report, message.notice());
    List<DomainResource> resources = new ArrayList<>();
    resources.add(report);
    for (int place = 0; place < figures.size(); place++) {
      Observation observation = AdherenceBundles.observation(message, figures.get(place), patient);
      observation.setId(reportId + "." + place);
      AdherenceBundles.label(observation, message.notice());
      report.addEvaluatedResource(new Reference("Observation/" + observation.getIdPart()));
      resources.add(observation);
    }
    Reference clinic = AdherenceBundles.clinic(message);
    for (int i = 0; i < message.measures().size(); i++) {
      // Places after the figures': a total is read back as an Observation like a figure, and its
      // answers are the QuestionnaireResponse of the same id.
      String id = reportId + "." + (figures.size() + i);
      MeasureResult result = message.measures().get(i);
      QuestionnaireResponse answers = MeasureResults.answers(result, patient);
      answers.setId(id);
      AdherenceBundles.label(answers, message.notice());
      Observation total =
          MeasureResults.total(
              result, patient, clinic, new Reference("QuestionnaireResponse/" + id));
      total.setId(id);
      AdherenceBundles.label(total, message.notice());
      resources.add(answers);
      resources.add(total);
    }
    return resources;
  }

  public static String reportId(UUID clientId, LocalDate from, LocalDate to) {
    return clientId + "." + DAY.format(from) + "." + DAY.format(to);
  }

  /** A measure report's or observation's id read back: client, period, and figure's place. */
  public record SummaryId(UUID clientId, LocalDate from, LocalDate to, Optional<Integer> place) {

    public static Optional<SummaryId> parse(String id) {
      String[] parts = id.split("\\.");
      if (parts.length != 3 && parts.length != 4) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new SummaryId(
                UUID.fromString(parts[0]),
                LocalDate.parse(parts[1], DAY),
                LocalDate.parse(parts[2], DAY),
                parts.length == 4 ? Optional.of(Integer.parseInt(parts[3])) : Optional.empty()));
      } catch (RuntimeException notOurs) {
        return Optional.empty();
      }
    }
  }

  /**
   * One attendance record as the API shows it: the session's times and how the client took part.
   */
  public record Attended(
      UUID id, UUID clientId, AttendanceStatus status, Instant start, Instant end) {

    public static Attended of(Attendance record) {
      return new Attended(
          record.getId(),
          record.getClient().getId(),
          record.getStatus(),
          record.getSession().getStartsAt(),
          record.getSession().getEndsAt());
    }
  }

  /** A session the client was expected at, as the appointment: fulfilled, no-show or excused. */
  public static Appointment appointment(Attended record, String notice) {
    Appointment appointment = new Appointment();
    appointment.setId(record.id().toString());
    appointment.setStatus(
        switch (record.status()) {
          case ABSENT -> Appointment.AppointmentStatus.NOSHOW;
          case EXCUSED -> Appointment.AppointmentStatus.CANCELLED;
          default -> Appointment.AppointmentStatus.FULFILLED;
        });
    appointment.setDescription("Aftercare group session");
    appointment.setStart(Date.from(record.start()));
    appointment.setEnd(Date.from(record.end()));
    appointment
        .addParticipant()
        .setActor(patientReference(record.clientId()))
        .setStatus(Appointment.ParticipationStatus.ACCEPTED);
    AdherenceBundles.label(appointment, notice);
    return appointment;
  }

  /** A session the client attended, as a finished virtual encounter; empty for the others. */
  public static Optional<Encounter> encounter(Attended record, String notice) {
    AttendanceStatus status = record.status();
    if (!status.attended()) {
      return Optional.empty();
    }
    Encounter encounter = new Encounter();
    encounter.setId(record.id().toString());
    encounter.setStatus(Encounter.EncounterStatus.FINISHED);
    encounter.setClass_(new Coding(ENCOUNTER_CLASS, "VR", "virtual"));
    encounter.addType().setText("Aftercare group session (" + status.label().toLowerCase() + ")");
    encounter.setSubject(patientReference(record.clientId()));
    encounter.setPeriod(
        new Period().setStart(Date.from(record.start())).setEnd(Date.from(record.end())));
    encounter.addAppointment(new Reference("Appointment/" + record.id()));
    AdherenceBundles.label(encounter, notice);
    return Optional.of(encounter);
  }

  /** The terms of the consent an API client reads under, as the API shows them. */
  public record ConsentTerms(
      UUID id,
      UUID clientId,
      String recipientName,
      Instant givenAt,
      LocalDate startsOn,
      LocalDate expiresOn) {

    public static ConsentTerms of(PulledClient client) {
      org.aftercare.sharing.Consent given = client.consent();
      return new ConsentTerms(
          given.getId(),
          client.clientId(),
          client.recipientName(),
          given.getGivenAt(),
          given.getStartsOn(),
          given.getExpiresOn());
    }
  }

  /** The consent the API client reads under: who, what for, from when until when. */
  public static Consent consent(ConsentTerms given, String notice) {
    Consent consent = new Consent();
    consent.setId(given.id().toString());
    consent.setStatus(Consent.ConsentState.ACTIVE);
    consent.setScope(
        new CodeableConcept(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
    consent.addCategory(new CodeableConcept(new Coding(LOINC, "59284-0", "Patient Consent")));
    consent.setPatient(patientReference(given.clientId()));
    consent.setDateTime(Date.from(given.givenAt()));
    consent.addPolicy().setUri("https://www.ecfr.gov/current/title-42/part-2");
    Consent.ProvisionComponent provision = consent.getProvision();
    provision.setType(Consent.ConsentProvisionType.PERMIT);
    Period period = new Period().setStartElement(new DateTimeType(given.startsOn().toString()));
    if (given.expiresOn() != null) {
      period.setEndElement(new DateTimeType(given.expiresOn().toString()));
    }
    provision.setPeriod(period);
    provision
        .addActor()
        .setRole(
            new CodeableConcept(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                    "IRCP",
                    "information recipient")))
        .setReference(new Reference().setDisplay(given.recipientName()));
    // Only a consent for treatment covers a care-team recipient, so this is the one purpose here.
    provision.addPurpose(new Coding(ACT_REASON, "TREAT", "treatment"));
    provision.addSecurityLabel(new Coding(AdherenceBundles.CONFIDENTIALITY, "R", "restricted"));
    AdherenceBundles.label(consent, notice);
    return consent;
  }

  /** The client's team at the clinic: their peer mentor and their groups' facilitators. */
  public static CareTeam careTeam(SharedCareTeam team, String notice) {
    CareTeam careTeam = new CareTeam();
    careTeam.setId(team.clientId().toString());
    careTeam.setStatus(CareTeam.CareTeamStatus.ACTIVE);
    careTeam.setName("Aftercare team");
    careTeam.setSubject(patientReference(team.clientId()));
    for (SharedCareTeam.Member member : team.members()) {
      var participant = careTeam.addParticipant();
      participant.setMember(new Reference().setType("Practitioner").setDisplay(member.name()));
      participant
          .addRole()
          .setText(
              member.role() == SharedCareTeam.Role.PEER_MENTOR
                  ? "Peer mentor"
                  : "Group facilitator");
      if (member.since() != null) {
        participant.setPeriod(new Period().setStart(Date.from(member.since())));
      }
    }
    AdherenceBundles.label(careTeam, notice);
    return careTeam;
  }

  /** A recovery group with the members shared with the reader, by reference only. */
  public static Group group(SharedGroup shared, String notice) {
    Group group = new Group();
    group.setId(shared.groupId().toString());
    group.setType(Group.GroupType.PERSON);
    group.setActual(true);
    group.setName(shared.name());
    shared
        .members()
        .forEach(member -> group.addMember().setEntity(patientReference(member.clientId())));
    group.setQuantity(shared.members().size());
    AdherenceBundles.label(group, notice);
    return group;
  }

  public static Reference patientReference(UUID clientId) {
    return new Reference("Patient/" + clientId);
  }

  private static Identifier identifier(PulledClient client) {
    Identifier identifier = new Identifier().setValue(client.patientMrn());
    if (client.patientSystem() != null) {
      identifier.setSystem(client.patientSystem());
    }
    return identifier.setUse(Identifier.IdentifierUse.USUAL);
  }
}
