package org.aftercare.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/**
 * Screens show what the core's services answer and never query the database themselves: the
 * services are where the clinic, the roles and the audit trail are applied.
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
}
