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

/**
 * A client's adherence over a period: the measure report and the observations of its figures, made
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

  static final class Observations extends ReadOnlyProvider<Observation> {

    Observations(Reads reads) {
      super(reads, Observation.class);
    }

    @Read
    public Observation read(@IdParam IdType id) {
      reads.requireScope(ApiScope.OBSERVATION);
      SummaryId figure =
          SummaryId.parse(id.getIdPart())
              .filter(parsed -> parsed.place().isPresent())
              .orElseThrow(() -> new ResourceNotFoundException(id));
      return summary(reads, figure.clientId(), figure.from(), figure.to()).stream()
          .filter(Observation.class::isInstance)
          .map(Observation.class::cast)
          .filter(observation -> observation.getIdPart().equals(id.getIdPart()))
          .findFirst()
          .orElseThrow(() -> new ResourceNotFoundException(id));
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
}
