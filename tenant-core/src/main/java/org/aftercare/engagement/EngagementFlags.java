package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
    return flags(ClinicSql.query(em, EngagementSql.FLAGS), List.of(), now);
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
    String ids = clients.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    return flags(ClinicSql.query(em, EngagementSql.FLAGS_OF_CLIENTS), List.of(ids), now).stream()
        .collect(Collectors.groupingBy(Flag::clientId));
  }

  /** Binds the period, then {@code clients} (their ids, if some), then the thresholds. */
  private List<Flag> flags(Query query, List<String> clients, Instant now) {
    EngagementSettings settings = clinic.engagement();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(clinic.current().timeZone()));
    var parameters = new ArrayList<Object>();
    parameters.add(Timestamp.from(now.minus(EngagementSql.FLAGS_LOOK_BACK)));
    parameters.add(Timestamp.from(now));
    parameters.addAll(clients);
    parameters.add(settings.missedSessions());
    parameters.add(settings.attendancePercent());
    parameters.add(java.sql.Date.valueOf(today));
    parameters.add(settings.noCheckInDays());
    parameters.add(settings.craving());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
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
