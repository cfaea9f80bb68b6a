package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicSettingsService;
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
    return flags(EngagementSql.flags(now, today(now), thresholds()));
  }

  @Requires(CLINICIAN)
  public Map<UUID, List<Flag>> byClient(Instant now) {
    return all(now).stream().collect(Collectors.groupingBy(Flag::clientId));
  }

  /** The flags of these clients alone, read from their rows alone. */
  @Requires(CLINICIAN)
  public Map<UUID, List<Flag>> byClient(Collection<UUID> clients, Instant now) {
    if (clients.isEmpty()) {
      return Map.of();
    }
    return flags(EngagementSql.flagsOf(clients, now, today(now), thresholds())).stream()
        .collect(Collectors.groupingBy(Flag::clientId));
  }

  private EngagementSql.Thresholds thresholds() {
    return EngagementSql.Thresholds.of(clinic.engagement());
  }

  private LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneId.of(clinic.current().timeZone()));
  }

  private List<Flag> flags(EngagementSql.Bound statement) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = statement.query(em).getResultList();
    return rows.stream()
        .map(
            row ->
                new Flag(
                    ClinicSql.uuid(row[0]),
                    FlagReason.valueOf(row[1].toString()),
                    ((Number) row[2]).intValue()))
        .toList();
  }
}
