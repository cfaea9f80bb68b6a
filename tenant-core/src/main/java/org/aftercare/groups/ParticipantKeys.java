package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.video.VideoProvider;
import org.aftercare.video.VideoProviders;

/**
 * Each enrolment's participant key: an opaque value the client's Join link carries to the video
 * service, which reports it back with every join and leave, so the report names the enrolment
 * without any name or e-mail address leaving the portal.
 */
@ApplicationScoped
@TenantAware
public class ParticipantKeys {

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject VideoProviders providers;
  Clock clock = Clock.systemUTC();

  /**
   * The meeting link as this enrolment's client opens it: with their participant key when the
   * clinic has a video service that reports joins, unchanged otherwise.
   */
  @Transactional
  @Requires({})
  public String joinLink(UUID enrollmentId, String meetingLink) {
    Enrollment enrollment =
        Optional.ofNullable(em.find(Enrollment.class, enrollmentId))
            .orElseThrow(() -> new NotFoundException("Enrolment"));
    return providers
        .kind()
        .map(kind -> carrying(meetingLink, kind.linkParameter(), keyOf(enrollment)))
        .orElse(meetingLink);
  }

  /** The enrolment a key reported by the video service belongs to, in the current clinic. */
  @Requires({})
  public Optional<Enrollment> enrollmentOf(String participantKey) {
    List<?> rows =
        ClinicSql.query(
                em, "select enrollment_id from video_participant_key where participant_key = ?1")
            .setParameter(1, participantKey)
            .getResultList();
    return rows.stream().findFirst().map(ClinicSql::uuid).map(id -> em.find(Enrollment.class, id));
  }

  /** Made once per enrolment; two first Joins at the same moment agree on one key. */
  private String keyOf(Enrollment enrollment) {
    ClinicSql.query(
            em,
            "insert into video_participant_key (participant_key, tenant_id, enrollment_id,"
                + " created_at) values (?1, ?2, ?3, ?4) on conflict (tenant_id, enrollment_id)"
                + " do nothing")
        .setParameter(1, VideoProvider.randomKey())
        .setParameter(2, tenantContext.tenantId().orElseThrow())
        .setParameter(3, enrollment.getId())
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    return (String)
        ClinicSql.query(
                em, "select participant_key from video_participant_key where enrollment_id = ?1")
            .setParameter(1, enrollment.getId())
            .getSingleResult();
  }

  /** The link with one more query parameter, placed before any fragment. */
  static String carrying(String link, String parameter, String value) {
    int fragment = link.indexOf('#');
    String base = fragment < 0 ? link : link.substring(0, fragment);
    String rest = fragment < 0 ? "" : link.substring(fragment);
    String separator = base.contains("?") ? "&" : "?";
    return base
        + separator
        + parameter
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)
        + rest;
  }
}
