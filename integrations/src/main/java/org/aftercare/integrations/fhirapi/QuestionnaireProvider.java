package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Arrays;
import java.util.List;
import org.aftercare.access.ApiScope;
import org.aftercare.integrations.fhir.MeasureQuestionnaires;
import org.aftercare.measures.Instrument;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The standard measures' definitions a QuestionnaireResponse points to by its canonical URL: the
 * same for every clinic and no one's record, so reading them discloses nothing.
 */
final class QuestionnaireProvider extends ReadOnlyProvider<Questionnaire> {

  QuestionnaireProvider(Reads reads) {
    super(reads, Questionnaire.class);
  }

  @Read
  public Questionnaire read(@IdParam IdType id) {
    reads.requireScope(ApiScope.QUESTIONNAIRE);
    return all().stream()
        .filter(questionnaire -> questionnaire.getIdPart().equals(id.getIdPart()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public IBundleProvider search(@OptionalParam(name = Questionnaire.SP_URL) UriParam url) {
    reads.requireScope(ApiScope.QUESTIONNAIRE);
    List<Questionnaire> found =
        all().stream()
            .filter(questionnaire -> url == null || questionnaire.getUrl().equals(url.getValue()))
            .toList();
    return Reads.page(found, 0, Reads.MAX_COUNT);
  }

  private static List<Questionnaire> all() {
    return Arrays.stream(Instrument.values()).map(MeasureQuestionnaires::of).toList();
  }
}
