package org.aftercare.integrations.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aftercare.integrations.fhir.AdherenceBundles;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI's instance validator against base R4, offline: no terminology server, no packages. */
public final class OfflineR4Validator {

  private static final Set<ResultSeverityEnum> SEVERE =
      EnumSet.of(ResultSeverityEnum.ERROR, ResultSeverityEnum.FATAL);

  private static FhirValidator validator;

  private OfflineR4Validator() {}

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      var context = AdherenceBundles.fhirContext();
      var support =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(context),
              new CommonCodeSystemsTerminologyService(context),
              new InMemoryTerminologyServerValidationSupport(context),
              new SnapshotGeneratingValidationSupport(context));
      validator = context.newValidator();
      validator.registerValidatorModule(new FhirInstanceValidator(support));
    }
    return validator;
  }

  /** The errors and fatal findings, each with where it was found. */
  public static List<String> errors(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .filter(m -> SEVERE.contains(m.getSeverity()))
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .toList();
  }

  /** No errors; the kinds of warning are printed, for whoever reads the test's output. */
  public static void assertValid(IBaseResource resource) {
    var result = validator().validateWithResult(resource);
    List<String> warnings =
        result.getMessages().stream()
            .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
            .map(SingleValidationMessage::getMessage)
            .toList();
    System.out.printf(
        "%s: %d warnings, of these kinds:%n  %s%n",
        resource.fhirType(), warnings.size(), String.join("\n  ", new TreeSet<>(warnings)));
    assertThat(errors(resource)).as("errors validating %s", resource.fhirType()).isEmpty();
  }
}
