package org.aftercare.integrations.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/**
 * The integrations speak protocols and call the core's services; the rules about who may see what
 * (roles, care relationships, consent, the clinic of the request) live in those services, so a
 * protocol adapter that queried the database itself would step around them.
 */
@AnalyzeClasses(
    packages = "org.aftercare.integrations",
    importOptions = ImportOption.DoNotIncludeTests.class)
class IntegrationsFloorsTest {

  @ArchTest
  static final ArchRule onlyTheCoresServices =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.aftercare.tenancy.persistence..")
          .because("the core's services apply the clinic, the roles and the consents");

  @ArchTest
  static final ArchRule noScreens =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "org.aftercare.ui..");
}
