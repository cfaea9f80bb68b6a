package org.aftercare.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * Which clinic a receiving key belongs to, asked before any clinic is entered: the address an event
 * arrives at decides the clinic, never the event's body. The database function behind it answers
 * that and nothing else.
 */
@ApplicationScoped
public class VideoReceivers {

  @PersistenceContext private EntityManager em;

  public Optional<UUID> clinicOf(String receiverKey) {
    List<?> rows =
        ClinicSql.query(em, "select aftercare_video_receiver_clinic(?1)")
            .setParameter(1, receiverKey)
            .getResultList();
    return rows.isEmpty() || rows.getFirst() == null
        ? Optional.empty()
        : Optional.of(ClinicSql.uuid(rows.getFirst()));
  }
}
