package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.Optional;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.PulledClients;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** Clients shared with the calling EHR, by id or by the record number it files them under. */
final class PatientProvider extends ReadOnlyProvider<Patient> {

  PatientProvider(Reads reads) {
    super(reads, Patient.class);
  }

  @Read
  public Patient read(@IdParam IdType id) {
    reads.requireScope(ApiScope.PATIENT);
    var clientId = Reads.id(id.getIdPart(), "Patient");
    return PulledResources.patient(
        Reads.translated(() -> reads.records.client(clientId)), Disclosures.redisclosureNotice());
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
      @Count Integer count,
      @Offset Integer offset) {
    reads.requireScope(ApiScope.PATIENT);
    int from = Reads.offset(offset);
    int size = Reads.count(count);
    Optional<String> system =
        Optional.ofNullable(identifier).map(TokenParam::getSystem).filter(s -> !s.isBlank());
    Optional<String> value =
        Optional.ofNullable(identifier).map(TokenParam::getValue).filter(v -> !v.isBlank());
    PulledClients shared = Reads.translated(() -> reads.records.clients(system, value, from, size));
    String notice = Disclosures.redisclosureNotice();
    return Reads.page(
        shared.page().stream().map(client -> PulledResources.patient(client, notice)).toList(),
        shared.total(),
        from,
        size);
  }
}
