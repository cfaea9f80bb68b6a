package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.sharing.Disclosures;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;

/** A shared client's team at the clinic, one per client, under the client's own id. */
final class CareTeamProvider extends ReadOnlyProvider<CareTeam> {

  CareTeamProvider(Reads reads) {
    super(reads, CareTeam.class);
  }

  @Read
  public CareTeam read(@IdParam IdType id) {
    reads.requireScope(ApiScope.CARE_TEAM);
    return careTeamOf(Reads.id(id.getIdPart(), "CareTeam"));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = CareTeam.SP_PATIENT) ReferenceParam patient) {
    reads.requireScope(ApiScope.CARE_TEAM);
    List<CareTeam> found = Reads.ofPatient(patient, clientId -> List.of(careTeamOf(clientId)));
    return Reads.page(found, 0, Reads.MAX_COUNT);
  }

  private CareTeam careTeamOf(UUID clientId) {
    return PulledResources.careTeam(
        Reads.translated(() -> reads.records.careTeamOf(clientId)),
        Disclosures.redisclosureNotice());
  }
}
