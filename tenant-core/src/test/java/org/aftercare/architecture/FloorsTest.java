package org.aftercare.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's floors. Each feature package may use the ones below it and never the other way round,
 * so a feature can be understood, tested and changed with what is under it alone: the tenancy
 * kernel and {@code shared} at the bottom, then who is calling ({@code access}), the audit trail,
 * identity and outbound delivery, then the clinic's features. A new arrow back up is a failing
 * build, not a review comment.
 */
@AnalyzeClasses(packages = "org.aftercare", importOptions = ImportOption.DoNotIncludeTests.class)
class FloorsTest {

  @ArchTest
  static final ArchRule featuresFormNoCycles =
      slices().matching("org.aftercare.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule kernelImportsNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage("org.aftercare.tenancy..", "org.aftercare.shared..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.aftercare..")
                  .and(
                      not(resideInAnyPackage("org.aftercare.tenancy..", "org.aftercare.shared.."))))
          .because("the kernel is what every feature stands on");

  @ArchTest
  static final ArchRule outboundDeliveryKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.aftercare.outbound..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.aftercare..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "org.aftercare.outbound..", "org.aftercare.shared.."))))
          .because("care-team sharing, webhooks and video services all deliver through it");

  @ArchTest
  static final ArchRule coreKnowsNoScreen =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "org.aftercare.ui..", "org.aftercare.integrations..")
          .because("the portal's screens and the integrations call the core, never the reverse");
}
