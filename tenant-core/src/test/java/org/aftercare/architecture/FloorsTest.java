package org.aftercare.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftercare.shared.Clocks;

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
      floorStandingOn(List.of("tenancy", "shared"))
          .because("the kernel is what every feature stands on");

  @ArchTest
  static final ArchRule outboundDeliveryKnowsNoFeature =
      floorStandingOn(List.of("outbound"), "shared")
          .because("care-team sharing, webhooks and video services all deliver through it");

  @ArchTest
  static final ArchRule identityKnowsNoClinicFeature =
      floorStandingOn(List.of("identity"), "access", "audit", "mail", "tenancy", "shared")
          .because("every feature signs people in through it");

  /** The floor's packages use each other and those {@code below}, no other of ours. */
  private static ArchRule floorStandingOn(List<String> floor, String... below) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages(floor.stream()))
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.aftercare..")
                .and(
                    not(
                        resideInAnyPackage(
                            packages(Stream.concat(floor.stream(), Stream.of(below)))))));
  }

  private static String[] packages(Stream<String> names) {
    return names.map(name -> "org.aftercare." + name + "..").toArray(String[]::new);
  }

  @ArchTest
  static final ArchRule coreKnowsNoScreen =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "org.aftercare.ui..", "org.aftercare.integrations..")
          .because("the portal's screens and the integrations call the core, never the reverse");

  private static final Set<String> TIME_TYPES =
      Set.of(
          Instant.class.getName(),
          LocalDate.class.getName(),
          LocalDateTime.class.getName(),
          OffsetDateTime.class.getName(),
          ZonedDateTime.class.getName());

  private static final DescribedPredicate<JavaMethodCall> readingTheSystemClock =
      DescribedPredicate.describe(
          "read the system clock",
          call ->
              (TIME_TYPES.contains(call.getTargetOwner().getName())
                      && call.getName().equals("now")
                      && !call.getTarget().getRawParameterTypes().stream()
                          .anyMatch(type -> type.isEquivalentTo(Clock.class)))
                  || (call.getTargetOwner().isEquivalentTo(System.class)
                      && call.getName().equals("currentTimeMillis")));

  @ArchTest
  static final ArchRule timeComesFromTheClock =
      noClasses()
          .that()
          .areNotAnnotatedWith(Entity.class)
          .and()
          .doNotBelongToAnyOf(Clocks.class)
          .should()
          .callMethodWhere(readingTheSystemClock)
          .because(
              "what is due, overdue or flagged is decided on the injected Clock; only rows'"
                  + " bookkeeping stamps (entities) take the real time themselves");
}
