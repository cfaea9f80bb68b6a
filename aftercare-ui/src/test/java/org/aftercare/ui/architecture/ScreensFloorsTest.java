package org.aftercare.ui.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;

/**
 * Screens show what the core's services answer and never query the database themselves: the
 * services are where the clinic, the roles and the audit trail are applied. Each feature's screens
 * stand on the shared floor (the shell in {@code org.aftercare.ui}, {@code components}, {@code
 * security}, {@code errors}, {@code operations}) and not on another feature's screens.
 */
@AnalyzeClasses(packages = "org.aftercare.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ScreensFloorsTest {

  @ArchTest
  static final ArchRule viewsNeverTouchTheDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .because("the core's services apply the clinic, the roles and the audit trail");

  @ArchTest
  static final ArchRule featuresBorrowNothingFromEachOthersScreens =
      slices()
          .matching("org.aftercare.ui.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              alwaysTrue(),
              resideInAnyPackage(
                  "org.aftercare.ui.components..",
                  "org.aftercare.ui.security..",
                  "org.aftercare.ui.errors..",
                  "org.aftercare.ui.operations.."))
          .ignoreDependency(alwaysTrue(), annotatedWith(Route.class))
          .ignoreDependency(alwaysTrue(), annotatedWith(CdiComponent.class))
          .because(
              "a widget or helper two features use lives in ui/components (sign-in and password"
                  + " pieces in ui/security, error pages in ui/errors, health and metrics in"
                  + " ui/operations), so that changing one"
                  + " feature's page cannot break another's; a page may still link to another"
                  + " feature's page (its @Route class and RouteId) and show a section another"
                  + " feature offers as a CDI component with its own services (the care team on"
                  + " the client's record)");
}
