package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.List;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.PulledResources;
import org.aftercare.integrations.fhir.PulledResources.ConsentTerms;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.PulledClient;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;

/** The consent in force under which the calling EHR reads a client: the one, not their others. */
final class ConsentProvider extends ReadOnlyProvider<Consent> {

  ConsentProvider(Reads reads) {
    super(reads, Consent.class);
  }

  @Read
  public Consent read(@IdParam IdType id) {
    reads.requireScope(ApiScope.CONSENT);
    var consentId = Reads.id(id.getIdPart(), "Consent");
    return resource(Reads.translated(() -> reads.records.underConsent(consentId)));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient) {
    reads.requireScope(ApiScope.CONSENT);
    List<Consent> found =
        Reads.ofPatient(patient, clientId -> List.of(resource(reads.records.client(clientId))));
    return Reads.page(found, 0, Reads.MAX_COUNT);
  }

  private static Consent resource(PulledClient client) {
    return PulledResources.consent(ConsentTerms.of(client), Disclosures.redisclosureNotice());
  }
}
