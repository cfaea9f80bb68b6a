package org.aftercare.testing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the core's integration tests: each test runs inside the deployed domain ({@link
 * Deployments#domain()} on the shared Payara Micro) with two clinics of its own, A and B, and
 * builds what it needs in them with {@link #clinicA()}.
 *
 * <p>A base class rather than a meta-annotation because Arquillian looks for the static
 * {@code @Deployment} method on the test class and its superclasses, never on annotations. Every
 * core IT deploys the same archive, so the shared container keeps one deployment for all.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedDomain {

  @Deployment
  public static WebArchive deployment() {
    return Deployments.domain();
  }

  @Inject protected ClinicFixtures fixtures;
  @Inject protected TenantContext tenantContext;
  @Inject protected ClinicRecords clinicRecords;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  protected DataSource dataSource;

  /** Fresh for every test: tests share one database, and tell their data apart by clinic. */
  protected TwoClinics clinics;

  @BeforeEach
  final void registerTwoClinics() {
    clinics = TwoClinics.register(clinicRecords, tenantContext);
  }

  /** Who and what clinic A holds, said in one sentence; {@link ScenarioBuilder#build} makes it. */
  protected ScenarioBuilder clinicA() {
    return fixtures.scenarioIn(clinics.clinicA());
  }

  protected ScenarioBuilder clinicB() {
    return fixtures.scenarioIn(clinics.clinicB());
  }

  /** Clinic A's rows in plain SQL (under row-level security), for what the services never show. */
  protected ClinicRows rowsOfClinicA() {
    return new ClinicRows(dataSource, clinics.clinicA());
  }

  /** Clinic A's past, written as the services would refuse to write it. */
  protected ClinicPast pastOfClinicA() {
    return new ClinicPast(rowsOfClinicA());
  }

  /** A platform operator, signed in outside any clinic (Caller.callAs). */
  protected static SignedInUser platformOperator() {
    return new SignedInUser(
        "operator@platform.example",
        UUID.randomUUID(),
        null,
        "Operator",
        Set.of(Role.PLATFORM_OPERATOR),
        Instant.now(),
        0,
        null);
  }
}
