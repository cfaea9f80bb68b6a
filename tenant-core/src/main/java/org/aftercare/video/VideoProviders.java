package org.aftercare.video;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.outbound.SecretBox;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The clinic's video service: set by its admin, read by the receivers that check the provider's
 * signatures, and by the roster for its grace minutes.
 */
@ApplicationScoped
@TenantAware
public class VideoProviders {

  static final String AUDIT_TYPE = "VideoProvider";

  /** Until an admin says otherwise. */
  public static final int DEFAULT_GRACE_MINUTES = 5;

  @PersistenceContext private EntityManager em;
  @Inject SecretBox secrets;
  @Inject AuditService audit;
  Clock clock = Clock.systemUTC();

  @Requires(CLINIC_ADMIN)
  public Optional<VideoSetup> setup() {
    return current().map(VideoProvider::setup);
  }

  @Transactional
  @Requires(CLINIC_ADMIN)
  public VideoSetup save(VideoSettings settings) {
    Optional<VideoProvider> stored = current();
    settings.validate(stored.map(p -> p.getSealedSecret() != null).orElse(false));
    VideoProvider provider =
        stored.orElseGet(
            () -> {
              var created = new VideoProvider(clock.instant());
              em.persist(created);
              return created;
            });
    provider.apply(
        settings.kind(),
        settings.secret() == null ? null : secrets.seal(settings.secret()),
        settings.graceMinutes(),
        clock.instant());
    audit.record(
        AuditAction.VIDEO_PROVIDER_SAVED, AUDIT_TYPE, provider.getId(), AuditOutcome.SUCCESS);
    return provider.setup();
  }

  /**
   * The secret events of this kind must be signed with, in the clinic the receiving key named;
   * empty while the clinic uses another kind or stored none.
   */
  @Requires({})
  public Optional<String> signingSecret(VideoProviderKind kind) {
    return current()
        .filter(p -> p.getKind() == kind)
        .map(VideoProvider::getSealedSecret)
        .map(secrets::open);
  }

  /** The kind whose link parameter carries clients' participant keys; empty with no service. */
  @Requires({})
  public Optional<VideoProviderKind> kind() {
    return current().map(VideoProvider::getKind);
  }

  @Requires({CLINICIAN, PEER_MENTOR})
  public int graceMinutes() {
    return current().map(VideoProvider::getGraceMinutes).orElse(DEFAULT_GRACE_MINUTES);
  }

  private Optional<VideoProvider> current() {
    return em.createQuery("select p from VideoProvider p", VideoProvider.class)
        .getResultStream()
        .findFirst();
  }
}
