package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The current clinic's engagement flags, computed in one SQL statement with the clinic's
 * thresholds. Nothing is stored: a flag is there while its condition holds and gone when it ends.
 */
@ApplicationScoped
@TenantAware
public class EngagementFlags {

  @PersistenceContext private EntityManager em;
  @Inject ClinicSettingsService clinic;

  @Requires(CLINICIAN)
  public List<Flag> all(Instant now) {
    EngagementSettings settings = clinic.engagement();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(clinic.current().timeZone()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(em, EngagementSql.FLAGS)
            .setParameter(1, Timestamp.from(now.minus(EngagementSql.FLAGS_LOOK_BACK)))
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, settings.missedSessions())
            .setParameter(4, settings.attendancePercent())
            .setParameter(5, java.sql.Date.valueOf(today))
            .setParameter(6, settings.noCheckInDays())
            .setParameter(7, settings.craving())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Flag(
                    ClinicSql.uuid(row[0]),
                    FlagReason.valueOf(row[1].toString()),
                    ((Number) row[2]).intValue()))
        .toList();
  }

  @Requires(CLINICIAN)
  public Map<UUID, List<Flag>> byClient(Instant now) {
    return all(now).stream().collect(Collectors.groupingBy(Flag::clientId));
  }
}
