package org.aftercare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.AccountService;
import org.aftercare.identity.PlatformOperatorService;
import org.aftercare.identity.Role;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantService;

/**
 * Seeds "Riverside Recovery Center" and "Harbor Light Treatment" through the same services the
 * portal uses, once: a clinic that exists already is left as it is.
 */
@ApplicationScoped
public class DemoClinics {

  private static final Logger LOG = Logger.getLogger(DemoClinics.class.getName());

  /** Demo only: printed at startup so that a first-time user can sign in. */
  public static final String DEMO_PASSWORD = "recovery-demo-2026";

  /** A demo client: the name other members see, and the legal name only staff see. */
  record DemoClient(String displayName, String legalName) {}

  record DemoClinic(
      String slug, String name, ZoneId zone, String domain, List<DemoClient> clients) {}

  static final List<DemoClinic> CLINICS =
      List.of(
          new DemoClinic(
              "riverside",
              "Riverside Recovery Center",
              ZoneId.of("America/Chicago"),
              "riverside.example",
              List.of(
                  new DemoClient("Alex R.", "Alexandra Reyes"),
                  new DemoClient("Jordan M.", "Jordan Mitchell"),
                  new DemoClient("Sam T.", "Samuel Turner"),
                  new DemoClient("Casey L.", "Casey Lindqvist"),
                  new DemoClient("Morgan P.", "Morgan Patel"))),
          new DemoClinic(
              "harbor-light",
              "Harbor Light Treatment",
              ZoneId.of("America/New_York"),
              "harborlight.example",
              List.of(
                  new DemoClient("Taylor B.", "Taylor Brooks"),
                  new DemoClient("Jamie K.", "Jamie Kowalski"),
                  new DemoClient("Riley S.", "Riley Sanchez"),
                  new DemoClient("Drew H.", "Drew Harrington"))));

  @Inject TenantService tenants;
  @Inject TenantContext tenantContext;
  @Inject AccountService accounts;
  @Inject ClientService clients;
  @Inject PlatformOperatorService operators;

  /** Demo only: a platform operator, who signs in with the clinic field left empty. */
  public static final String DEMO_OPERATOR = "operator@aftercare.example";

  @ActivateRequestContext
  public void seed() {
    for (DemoClinic clinic : CLINICS) {
      if (tenants.findBySlug(clinic.slug()).isEmpty()) {
        var tenant = tenants.register(clinic.slug(), clinic.name(), clinic.zone());
        tenants.applySettings(
            tenant.getId(),
            new ClinicSettings(
                clinic.name(),
                clinic.zone().getId(),
                "care@" + clinic.domain(),
                "+1 555 0100",
                "Welcome to "
                    + clinic.name()
                    + "'s aftercare. You are not alone: your groups and"
                    + " your mentor are here for you.",
                "https://meet.example.org/" + clinic.slug() + "-{group}",
                "24,1"));
        tenantContext.callAs(tenant.getId(), () -> seedPeopleOf(clinic));
      }
    }
    if (operators.findByEmail(DEMO_OPERATOR).isEmpty()) {
      operators.create(DEMO_OPERATOR, DEMO_PASSWORD);
    }
    printLogins();
  }

  private Void seedPeopleOf(DemoClinic clinic) {
    accounts.open(
        "admin@" + clinic.domain(), "Clinic Admin", DEMO_PASSWORD, EnumSet.of(Role.CLINIC_ADMIN));
    accounts.open(
        "clinician@" + clinic.domain(),
        "Dana Clinician",
        DEMO_PASSWORD,
        EnumSet.of(Role.CLINICIAN));
    accounts.open(
        "mentor@" + clinic.domain(), "Pat Mentor", DEMO_PASSWORD, EnumSet.of(Role.PEER_MENTOR));
    int daysSober = 30;
    for (DemoClient demo : clinic.clients()) {
      var client = new Client();
      client.setDisplayName(demo.displayName());
      client.setLegalName(demo.legalName());
      client.setEmail(
          demo.legalName().toLowerCase().replace(' ', '.') + "@clients." + clinic.domain());
      client.setRecoveryStartDate(LocalDate.now(clinic.zone()).minusDays(daysSober));
      clients.add(client);
      daysSober += 45;
    }
    return null;
  }

  private static void printLogins() {
    var lines =
        new StringBuilder("Demo clinics ready. Sign in with password '")
            .append(DEMO_PASSWORD)
            .append("':\n  platform operator (clinic left empty): ")
            .append(DEMO_OPERATOR);
    for (DemoClinic clinic : CLINICS) {
      lines
          .append("\n  clinic '")
          .append(clinic.slug())
          .append("' (")
          .append(clinic.name())
          .append(")");
      for (String who : List.of("admin", "clinician", "mentor")) {
        lines.append("\n    ").append(who).append('@').append(clinic.domain());
      }
    }
    LOG.info(lines.toString());
  }
}
