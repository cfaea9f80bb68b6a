package org.aftercare.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * What of the library reaches one client: resources not retired that are on the clinic's shelf,
 * assigned to the client, or assigned to a group the client is enrolled in (not waiting, not
 * withdrawn).
 */
@ApplicationScoped
@TenantAware
class ResourceAccess {

  /** The resources assigned to a client, directly or through a current group. */
  static final String ASSIGNED_TO_CLIENT =
      """
      (a.client_id = ?1
       or a.group_id in (select e.group_id from enrollment e
                          where e.client_id = ?1 and e.status = 'ENROLLED'))
      """;

  @PersistenceContext private EntityManager em;

  boolean isOpenToClient(UUID resourceId, UUID clientId) {
    return isOnTheShelf(resourceId) || isAssignedTo(resourceId, clientId);
  }

  private boolean isOnTheShelf(UUID resourceId) {
    return ((Number)
                ClinicSql.query(
                        em,
                        "select count(*) from library_resource r"
                            + " where r.id = ?1 and r.retired_at is null and r.on_shelf")
                    .setParameter(1, resourceId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  boolean isAssignedTo(UUID resourceId, UUID clientId) {
    return count(
            "select count(*) from resource_assignment a"
                + " join library_resource r on r.id = a.resource_id"
                + " where a.resource_id = ?2 and r.retired_at is null and "
                + ASSIGNED_TO_CLIENT,
            clientId,
            resourceId)
        > 0;
  }

  /** Whether {@code accountId} facilitates a group the client is enrolled in now. */
  boolean facilitatesGroupOf(UUID accountId, UUID clientId) {
    return count(
            """
            select count(*) from group_facilitator f
              join enrollment e on e.group_id = f.group_id
             where e.client_id = ?1 and e.status = 'ENROLLED' and f.account_id = ?2
            """,
            clientId,
            accountId)
        > 0;
  }

  private long count(String sql, UUID first, UUID second) {
    return ((Number)
            ClinicSql.query(em, sql)
                .setParameter(1, first)
                .setParameter(2, second)
                .getSingleResult())
        .longValue();
  }
}
