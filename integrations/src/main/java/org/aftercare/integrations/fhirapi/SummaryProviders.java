package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.integrations.fhir.PulledResources.SummaryId;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A client's adherence over a period: the measure report and the observations of its figures, and
 * the standard measures they completed when the consent includes them (answers and total), made
 * afresh from the record at each read (within what the consent allows today).
 */
final class SummaryProviders {

  private SummaryProviders() {}

  static List<DomainResource> summary(Reads reads, UUID clientId, LocalDate from, LocalDate to) {
    return PulledResources.summary(
        clientId, Reads.translated(() -> reads.records.summary(clientId, from, to)));
  }

  /** The resources of one type in a patient's summary over the period asked; none if not shared. */
  static List<DomainResource> ofPatient(
      Reads reads, ReferenceParam patient, DateRangeParam date, Class<?> type) {
    return reads.ofPatient(
        patient,
        date,
        (clientId, from, to) ->
            summary(reads, clientId, from, to).stream().filter(type::isInstance).toList());
  }

  static final class MeasureReports extends ReadOnlyProvider<MeasureReport> {

    MeasureReports(Reads reads) {
      super(reads, MeasureReport.class);
    }

    @Read
    public MeasureReport read(@IdParam IdType id) {
      reads.requireScope(ApiScope.MEASURE_REPORT);
      SummaryId summary =
          SummaryId.parse(id.getIdPart())
              .filter(parsed -> parsed.place().isEmpty())
              .orElseThrow(() -> new ResourceNotFoundException(id));
      return (MeasureReport)
          summary(reads, summary.clientId(), summary.from(), summary.to()).getFirst();
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = MeasureReport.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = MeasureReport.SP_DATE) DateRangeParam date) {
      reads.requireScope(ApiScope.MEASURE_REPORT);
      List<DomainResource> found = ofPatient(reads, patient, date, MeasureReport.class);
      return Reads.page(found, 0, Reads.MAX_COUNT);
    }
  }

  /** One read of a summary's resource by its id with a figure's place: not found otherwise. */
  static <T extends DomainResource> T placed(Reads reads, IdType id, Class<T> type) {
    SummaryId placed =
        SummaryId.parse(id.getIdPart())
            .filter(parsed -> parsed.place().isPresent())
            .orElseThrow(() -> new ResourceNotFoundException(id));
    return summary(reads, placed.clientId(), placed.from(), placed.to()).stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(resource -> resource.getIdPart().equals(id.getIdPart()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  static final class Observations extends ReadOnlyProvider<Observation> {

    Observations(Reads reads) {
      super(reads, Observation.class);
    }

    @Read
    public Observation read(@IdParam IdType id) {
      reads.requireScope(ApiScope.OBSERVATION);
      return placed(reads, id, Observation.class);
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
        @Count Integer count,
        @Offset Integer offset) {
      reads.requireScope(ApiScope.OBSERVATION);
      List<DomainResource> found = ofPatient(reads, patient, date, Observation.class);
      return Reads.page(found, offset, count);
    }
  }

  /** The answers of the standard measures a client completed in the period. */
  static final class QuestionnaireResponses extends ReadOnlyProvider<QuestionnaireResponse> {

    QuestionnaireResponses(Reads reads) {
      super(reads, QuestionnaireResponse.class);
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
      reads.requireScope(ApiScope.QUESTIONNAIRE_RESPONSE);
      return placed(reads, id, QuestionnaireResponse.class);
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) DateRangeParam date,
        @Count Integer count,
        @Offset Integer offset) {
      reads.requireScope(ApiScope.QUESTIONNAIRE_RESPONSE);
      List<DomainResource> found = ofPatient(reads, patient, date, QuestionnaireResponse.class);
      return Reads.page(found, offset, count);
    }
  }
}
