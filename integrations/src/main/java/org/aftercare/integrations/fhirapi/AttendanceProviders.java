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
import java.util.List;
import java.util.Optional;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.integrations.fhir.PulledResources.Attended;
import org.aftercare.sharing.Disclosures;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/**
 * Sessions and attendance: each session a client was expected at is an {@code Appointment}
 * (fulfilled, no-show, or cancelled when excused); each one they attended is also a finished
 * virtual {@code Encounter}. Both carry the attendance record's id.
 */
final class AttendanceProviders {

  private AttendanceProviders() {}

  private static Attended attended(Reads reads, IdType id, String type) {
    var attendanceId = Reads.id(id.getIdPart(), type);
    return Attended.of(Reads.translated(() -> reads.records.attendanceRecord(attendanceId)));
  }

  private static List<Attended> ofPatient(
      Reads reads, ReferenceParam patient, DateRangeParam date) {
    return reads.ofPatient(
        patient,
        date,
        (clientId, from, to) ->
            reads.records.attendance(clientId, from, to).stream().map(Attended::of).toList());
  }

  static final class Appointments extends ReadOnlyProvider<Appointment> {

    Appointments(Reads reads) {
      super(reads, Appointment.class);
    }

    @Read
    public Appointment read(@IdParam IdType id) {
      reads.requireScope(ApiScope.APPOINTMENT);
      return PulledResources.appointment(
          attended(reads, id, "Appointment"), Disclosures.redisclosureNotice());
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = Appointment.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
        @Count Integer count,
        @Offset Integer offset) {
      reads.requireScope(ApiScope.APPOINTMENT);
      String notice = Disclosures.redisclosureNotice();
      return Reads.page(
          ofPatient(reads, patient, date).stream()
              .map(record -> PulledResources.appointment(record, notice))
              .toList(),
          offset,
          count);
    }
  }

  static final class Encounters extends ReadOnlyProvider<Encounter> {

    Encounters(Reads reads) {
      super(reads, Encounter.class);
    }

    @Read
    public Encounter read(@IdParam IdType id) {
      reads.requireScope(ApiScope.ENCOUNTER);
      return PulledResources.encounter(
              attended(reads, id, "Encounter"), Disclosures.redisclosureNotice())
          .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date,
        @Count Integer count,
        @Offset Integer offset) {
      reads.requireScope(ApiScope.ENCOUNTER);
      String notice = Disclosures.redisclosureNotice();
      return Reads.page(
          ofPatient(reads, patient, date).stream()
              .map(record -> PulledResources.encounter(record, notice))
              .flatMap(Optional::stream)
              .toList(),
          offset,
          count);
    }
  }
}
