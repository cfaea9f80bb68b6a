package org.aftercare.testing;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.tenancy.TenantContext;

/**
 * Two fresh clinics, A and B, for a data test; slugs are unique per call so tests can share one
 * database.
 */
public record TwoClinics(UUID clinicA, UUID clinicB, TenantContext context) {

  public static TwoClinics register(ClinicRecords clinicRecords, TenantContext context) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    var a = clinicRecords.register("a-" + run, "Clinic A " + run, ZoneId.of("America/Chicago"));
    var b = clinicRecords.register("b-" + run, "Clinic B " + run, ZoneId.of("Europe/Berlin"));
    return new TwoClinics(a.getId(), b.getId(), context);
  }

  public <T> T asClinicA(Supplier<T> work) {
    return context.callAs(clinicA, work);
  }

  public <T> T asClinicB(Supplier<T> work) {
    return context.callAs(clinicB, work);
  }
}
