package org.aftercare.groups;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.tenancy.persistence.TenantAware;

/** How full each group of the current clinic is, counted in one query for lists. */
@ApplicationScoped
@TenantAware
public class SeatCounts {

  /** Seats held (enrolled plus offered) and clients waiting. */
  public record Seats(long taken, long waiting) {
    static final Seats NONE = new Seats(0, 0);
  }

  @PersistenceContext private EntityManager em;

  @Requires({CLINIC_ADMIN, CLINICIAN})
  public Map<UUID, Seats> byGroup() {
    List<Object[]> rows =
        em.createQuery(
                "select e.group.id, e.status, count(e) from Enrollment e"
                    + " where e.status in :current group by e.group.id, e.status",
                Object[].class)
            .setParameter("current", EnrollmentStatus.CURRENT)
            .getResultList();
    Map<UUID, Seats> seats = new HashMap<>();
    for (Object[] row : rows) {
      UUID group = (UUID) row[0];
      long count = (Long) row[2];
      Seats so = seats.getOrDefault(group, Seats.NONE);
      seats.put(
          group,
          row[1] == EnrollmentStatus.WAITLISTED
              ? new Seats(so.taken(), so.waiting() + count)
              : new Seats(so.taken() + count, so.waiting()));
    }
    return seats;
  }

  @Requires({CLINIC_ADMIN, CLINICIAN})
  public Seats of(UUID groupId) {
    return byGroup().getOrDefault(groupId, Seats.NONE);
  }
}
